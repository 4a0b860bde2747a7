# What programs ask of os for harmless reasons: their pid, a pool size, a setting with a default, path strings.
import asyncio
import os
import os.path
from os.path import join, splitext
from os import getenv, path, sep


async def worker(name):
    await asyncio.sleep(0.01)
    return name, os.getpid() > 0, os.getpid() == MAIN_PID


MAIN_PID = os.getpid()


async def main():
    print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid(), os.getpid() == os.getpid())
    count = os.cpu_count()
    print(type(count), count >= 1, type(os.getpid).__name__)
    print(await asyncio.gather(*(worker(n) for n in 'ab')))

asyncio.run(main())

print(os.environ.get('LOOPSCOPE_NO_SUCH_VAR', 'dflt'), getenv('LOOPSCOPE_NO_SUCH_VAR'),
      os.getenv('LOOPSCOPE_NO_SUCH_VAR', 7), 'LOOPSCOPE_NO_SUCH_VAR' in os.environ)
os.environ['LOOPSCOPE_SET'] = 'yes'
print(os.environ['LOOPSCOPE_SET'], os.getenv('LOOPSCOPE_SET'), 'LOOPSCOPE_SET' in os.environ)
print(os.environ.setdefault('LOOPSCOPE_SET', 'no'), os.environ.pop('LOOPSCOPE_SET'), os.environ.pop('LOOPSCOPE_SET', 0))
os.environ.update({'LOOPSCOPE_A': '1'}, LOOPSCOPE_B='2')
print(os.environ['LOOPSCOPE_A'] + os.environ['LOOPSCOPE_B'])
del os.environ['LOOPSCOPE_A'], os.environ['LOOPSCOPE_B']
for bad in (lambda: os.environ.__setitem__('LOOPSCOPE_SET', 1), lambda: os.environ['LOOPSCOPE_NO_SUCH_VAR'],
            lambda: os.environ.__delitem__('LOOPSCOPE_NO_SUCH_VAR')):
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(type(os.environ).__name__, type(os.environ.copy()).__name__, os.error is OSError)

print(os.sep, sep, repr(os.linesep), os.name, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull)
print(os.path is path, os.path.__name__, path.sep)
print(os.path.join('a', 'b'), join('/x', 'y', '/z', 'w'), join('a/', 'b'), join('', 'c'), join('d', ''))
print(os.path.basename('/a/b.txt'), os.path.basename('/a/'), os.path.dirname('/a/b.txt'), os.path.dirname('b.txt'))
print(os.path.dirname('//a//b'), os.path.split('a/b/'), os.path.split('/'), os.path.split('file'))
print(splitext('archive.tar.gz'), splitext('.bashrc'), splitext('a/b.c/d'), splitext('..x'), splitext('x.'))
print(os.path.normpath('a//./b/../c'), os.path.normpath(''), os.path.normpath('//a'), os.path.normpath('///a/../..'),
      os.path.normpath('../x/..'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.splitdrive('/a/b'), os.path.normcase('AbC'))
print(os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonprefix([]),
      os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b', 'a/./c']))


class Here:
    def __fspath__(self):
        return 'here/file.py'


print(os.fspath('p'), os.fspath(Here()), os.path.basename(Here()), join(Here(), 'x'))
for bad in (lambda: join('a', 1), lambda: os.fspath(3), lambda: os.path.commonpath([]),
            lambda: os.path.commonpath(['/a', 'b'])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
