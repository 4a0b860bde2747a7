# Errors inside os and os.path: the frames CPython shows are those of its frozen modules, at their lines.
import os
def show(f):
    try:
        f()
    except Exception as e:
        import traceback
        lines = traceback.format_exception(e)
        print([l.strip() for l in lines if "<frozen" in l], lines[-1].strip())
show(lambda: os.environ["LOOPSCOPE_NOPE"])
show(lambda: os.environ.__setitem__(1, 'x'))
show(lambda: os.environ.__setitem__('LOOPSCOPE_X', 2))
show(lambda: os.environ.__delitem__('LOOPSCOPE_NOPE'))
show(lambda: os.path.join('a', 1))
show(lambda: os.path.join(1))
show(lambda: os.path.basename(None))
show(lambda: os.path.dirname(3))
show(lambda: os.path.split(3))
show(lambda: os.path.splitext(3))
show(lambda: os.path.normpath(3))
show(lambda: os.path.isabs(3))
show(lambda: os.path.commonpath([]))
show(lambda: os.path.commonpath(['/a', 'b']))
show(lambda: os.path.commonpath(['/a', 3]))
show(lambda: os.fspath(3))
show(lambda: os.getpid(1))
show(lambda: os.getppid(1, 2))
show(lambda: os.cpu_count(1, 2))
show(lambda: os.fspath(1, 2))
show(lambda: os.fspath())
show(lambda: os.fspath(x=1))
print(os.fspath(path='k'), os.getpid, os.fspath, os.cpu_count, os.path.__file__ == os.__file__.replace('os.py', 'posixpath.py'))
