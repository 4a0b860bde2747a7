# Sandbox escapes an attacker would try; each line must be a Python error or a harmless Python value.
try:
    r = ().__class__.__base__.__subclasses__()
    print('().__class__.__base__.__subclasses__()', '->', repr(r)[:300])
except BaseException as e:
    print('().__class__.__base__.__subclasses__()', '!!', type(e).__name__, str(e)[:200])
try:
    r = ().__class__.__bases__
    print('().__class__.__bases__', '->', repr(r)[:300])
except BaseException as e:
    print('().__class__.__bases__', '!!', type(e).__name__, str(e)[:200])
try:
    r = ().__class__.__mro__
    print('().__class__.__mro__', '->', repr(r)[:300])
except BaseException as e:
    print('().__class__.__mro__', '!!', type(e).__name__, str(e)[:200])
try:
    r = (lambda:0).__globals__
    print('(lambda:0).__globals__', '->', repr(r)[:300])
except BaseException as e:
    print('(lambda:0).__globals__', '!!', type(e).__name__, str(e)[:200])
try:
    r = (lambda:0).__builtins__
    print('(lambda:0).__builtins__', '->', repr(r)[:300])
except BaseException as e:
    print('(lambda:0).__builtins__', '!!', type(e).__name__, str(e)[:200])
try:
    r = (lambda:0).__code__
    print('(lambda:0).__code__', '->', repr(r)[:300])
except BaseException as e:
    print('(lambda:0).__code__', '!!', type(e).__name__, str(e)[:200])
try:
    r = (lambda:0).__code__.co_filename
    print('(lambda:0).__code__.co_filename', '->', repr(r)[:300])
except BaseException as e:
    print('(lambda:0).__code__.co_filename', '!!', type(e).__name__, str(e)[:200])
try:
    r = (lambda:0).__code__.co_consts
    print('(lambda:0).__code__.co_consts', '->', repr(r)[:300])
except BaseException as e:
    print('(lambda:0).__code__.co_consts', '!!', type(e).__name__, str(e)[:200])
try:
    r = (lambda:0).__code__.co_code
    print('(lambda:0).__code__.co_code', '->', repr(r)[:300])
except BaseException as e:
    print('(lambda:0).__code__.co_code', '!!', type(e).__name__, str(e)[:200])
try:
    r = __builtins__
    print('__builtins__', '->', repr(r)[:300])
except BaseException as e:
    print('__builtins__', '!!', type(e).__name__, str(e)[:200])
try:
    r = __builtins__.__dict__
    print('__builtins__.__dict__', '->', repr(r)[:300])
except BaseException as e:
    print('__builtins__.__dict__', '!!', type(e).__name__, str(e)[:200])
try:
    r = __import__('os')
    print("__import__('os')", '->', repr(r)[:300])
except BaseException as e:
    print("__import__('os')", '!!', type(e).__name__, str(e)[:200])
try:
    r = __import__('sys').modules
    print("__import__('sys').modules", '->', repr(r)[:300])
except BaseException as e:
    print("__import__('sys').modules", '!!', type(e).__name__, str(e)[:200])
try:
    r = eval('1+1')
    print("eval('1+1')", '->', repr(r)[:300])
except BaseException as e:
    print("eval('1+1')", '!!', type(e).__name__, str(e)[:200])
try:
    r = exec('x=1')
    print("exec('x=1')", '->', repr(r)[:300])
except BaseException as e:
    print("exec('x=1')", '!!', type(e).__name__, str(e)[:200])
try:
    r = compile('1','a','eval')
    print("compile('1','a','eval')", '->', repr(r)[:300])
except BaseException as e:
    print("compile('1','a','eval')", '!!', type(e).__name__, str(e)[:200])
try:
    r = open('/etc/passwd').read()
    print("open('/etc/passwd').read()", '->', repr(r)[:300])
except BaseException as e:
    print("open('/etc/passwd').read()", '!!', type(e).__name__, str(e)[:200])
try:
    r = getattr((), '__cl'+'ass__')
    print("getattr((), '__cl'+'ass__')", '->', repr(r)[:300])
except BaseException as e:
    print("getattr((), '__cl'+'ass__')", '!!', type(e).__name__, str(e)[:200])
try:
    r = type(())
    print('type(())', '->', repr(r)[:300])
except BaseException as e:
    print('type(())', '!!', type(e).__name__, str(e)[:200])
try:
    r = type('X',(object,),{})
    print("type('X',(object,),{})", '->', repr(r)[:300])
except BaseException as e:
    print("type('X',(object,),{})", '!!', type(e).__name__, str(e)[:200])
try:
    r = object.__getattribute__((), '__class__')
    print("object.__getattribute__((), '__class__')", '->', repr(r)[:300])
except BaseException as e:
    print("object.__getattribute__((), '__class__')", '!!', type(e).__name__, str(e)[:200])
try:
    r = '{0.__class__.__mro__}'.format(())
    print("'{0.__class__.__mro__}'.format(())", '->', repr(r)[:300])
except BaseException as e:
    print("'{0.__class__.__mro__}'.format(())", '!!', type(e).__name__, str(e)[:200])
try:
    r = '{0.__globals__}'.format(lambda:0)
    print("'{0.__globals__}'.format(lambda:0)", '->', repr(r)[:300])
except BaseException as e:
    print("'{0.__globals__}'.format(lambda:0)", '!!', type(e).__name__, str(e)[:200])
try:
    r = '{0.__globals__[__builtins__]}'.format(lambda:0)
    print("'{0.__globals__[__builtins__]}'.format(lambda:0)", '->', repr(r)[:300])
except BaseException as e:
    print("'{0.__globals__[__builtins__]}'.format(lambda:0)", '!!', type(e).__name__, str(e)[:200])
try:
    r = (1).__reduce__()
    print('(1).__reduce__()', '->', repr(r)[:300])
except BaseException as e:
    print('(1).__reduce__()', '!!', type(e).__name__, str(e)[:200])
try:
    r = (1).__reduce_ex__(2)
    print('(1).__reduce_ex__(2)', '->', repr(r)[:300])
except BaseException as e:
    print('(1).__reduce_ex__(2)', '!!', type(e).__name__, str(e)[:200])
try:
    r = object().__reduce__()
    print('object().__reduce__()', '->', repr(r)[:300])
except BaseException as e:
    print('object().__reduce__()', '!!', type(e).__name__, str(e)[:200])
try:
    r = print.__self__
    print('print.__self__', '->', repr(r)[:300])
except BaseException as e:
    print('print.__self__', '!!', type(e).__name__, str(e)[:200])
try:
    r = print.__module__
    print('print.__module__', '->', repr(r)[:300])
except BaseException as e:
    print('print.__module__', '!!', type(e).__name__, str(e)[:200])
try:
    r = type.__subclasses__(object)
    print('type.__subclasses__(object)', '->', repr(r)[:300])
except BaseException as e:
    print('type.__subclasses__(object)', '!!', type(e).__name__, str(e)[:200])
try:
    r = object.__subclasses__()
    print('object.__subclasses__()', '->', repr(r)[:300])
except BaseException as e:
    print('object.__subclasses__()', '!!', type(e).__name__, str(e)[:200])
try:
    r = vars()
    print('vars()', '->', repr(r)[:300])
except BaseException as e:
    print('vars()', '!!', type(e).__name__, str(e)[:200])
try:
    r = globals()
    print('globals()', '->', repr(r)[:300])
except BaseException as e:
    print('globals()', '!!', type(e).__name__, str(e)[:200])
try:
    r = locals()
    print('locals()', '->', repr(r)[:300])
except BaseException as e:
    print('locals()', '!!', type(e).__name__, str(e)[:200])
try:
    r = dir()
    print('dir()', '->', repr(r)[:300])
except BaseException as e:
    print('dir()', '!!', type(e).__name__, str(e)[:200])
try:
    r = __loader__
    print('__loader__', '->', repr(r)[:300])
except BaseException as e:
    print('__loader__', '!!', type(e).__name__, str(e)[:200])
try:
    r = __spec__
    print('__spec__', '->', repr(r)[:300])
except BaseException as e:
    print('__spec__', '!!', type(e).__name__, str(e)[:200])
try:
    r = __file__
    print('__file__', '->', repr(r)[:300])
except BaseException as e:
    print('__file__', '!!', type(e).__name__, str(e)[:200])
try:
    r = (lambda:0).__class__
    print('(lambda:0).__class__', '->', repr(r)[:300])
except BaseException as e:
    print('(lambda:0).__class__', '!!', type(e).__name__, str(e)[:200])
try:
    r = (lambda:0).__module__
    print('(lambda:0).__module__', '->', repr(r)[:300])
except BaseException as e:
    print('(lambda:0).__module__', '!!', type(e).__name__, str(e)[:200])
try:
    r = (x for x in []).gi_frame
    print('(x for x in []).gi_frame', '->', repr(r)[:300])
except BaseException as e:
    print('(x for x in []).gi_frame', '!!', type(e).__name__, str(e)[:200])
try:
    r = (x for x in []).gi_code
    print('(x for x in []).gi_code', '->', repr(r)[:300])
except BaseException as e:
    print('(x for x in []).gi_code', '!!', type(e).__name__, str(e)[:200])
try:
    r = (x for x in []).gi_frame.f_globals
    print('(x for x in []).gi_frame.f_globals', '->', repr(r)[:300])
except BaseException as e:
    print('(x for x in []).gi_frame.f_globals', '!!', type(e).__name__, str(e)[:200])
try:
    r = (x for x in []).gi_frame.f_back
    print('(x for x in []).gi_frame.f_back', '->', repr(r)[:300])
except BaseException as e:
    print('(x for x in []).gi_frame.f_back', '!!', type(e).__name__, str(e)[:200])
try:
    r = str.__dict__
    print('str.__dict__', '->', repr(r)[:300])
except BaseException as e:
    print('str.__dict__', '!!', type(e).__name__, str(e)[:200])
try:
    r = type.__dict__
    print('type.__dict__', '->', repr(r)[:300])
except BaseException as e:
    print('type.__dict__', '!!', type(e).__name__, str(e)[:200])
try:
    r = object.__dict__
    print('object.__dict__', '->', repr(r)[:300])
except BaseException as e:
    print('object.__dict__', '!!', type(e).__name__, str(e)[:200])
try:
    r = int.__init__
    print('int.__init__', '->', repr(r)[:300])
except BaseException as e:
    print('int.__init__', '!!', type(e).__name__, str(e)[:200])
try:
    r = int.__init__.__objclass__
    print('int.__init__.__objclass__', '->', repr(r)[:300])
except BaseException as e:
    print('int.__init__.__objclass__', '!!', type(e).__name__, str(e)[:200])
try:
    r = [].append.__self__
    print('[].append.__self__', '->', repr(r)[:300])
except BaseException as e:
    print('[].append.__self__', '!!', type(e).__name__, str(e)[:200])
try:
    r = breakpoint
    print('breakpoint', '->', repr(r)[:300])
except BaseException as e:
    print('breakpoint', '!!', type(e).__name__, str(e)[:200])
try:
    r = help
    print('help', '->', repr(r)[:300])
except BaseException as e:
    print('help', '!!', type(e).__name__, str(e)[:200])
try:
    r = input
    print('input', '->', repr(r)[:300])
except BaseException as e:
    print('input', '!!', type(e).__name__, str(e)[:200])
try:
    r = memoryview('a')
    print("memoryview('a')", '->', repr(r)[:300])
except BaseException as e:
    print("memoryview('a')", '!!', type(e).__name__, str(e)[:200])
try:
    r = id(1)
    print('id(1)', '->', repr(r)[:300])
except BaseException as e:
    print('id(1)', '!!', type(e).__name__, str(e)[:200])
try:
    r = hash
    print('hash', '->', repr(r)[:300])
except BaseException as e:
    print('hash', '!!', type(e).__name__, str(e)[:200])
try:
    r = super
    print('super', '->', repr(r)[:300])
except BaseException as e:
    print('super', '!!', type(e).__name__, str(e)[:200])
try:
    r = classmethod
    print('classmethod', '->', repr(r)[:300])
except BaseException as e:
    print('classmethod', '!!', type(e).__name__, str(e)[:200])
try:
    r = property
    print('property', '->', repr(r)[:300])
except BaseException as e:
    print('property', '!!', type(e).__name__, str(e)[:200])
try:
    r = __name__
    print('__name__', '->', repr(r)[:300])
except BaseException as e:
    print('__name__', '!!', type(e).__name__, str(e)[:200])
try:
    r = __doc__
    print('__doc__', '->', repr(r)[:300])
except BaseException as e:
    print('__doc__', '!!', type(e).__name__, str(e)[:200])
try:
    r = NotImplemented
    print('NotImplemented', '->', repr(r)[:300])
except BaseException as e:
    print('NotImplemented', '!!', type(e).__name__, str(e)[:200])
try:
    r = Ellipsis
    print('Ellipsis', '->', repr(r)[:300])
except BaseException as e:
    print('Ellipsis', '!!', type(e).__name__, str(e)[:200])
try:
    r = '%s' % (lambda:0)
    print("'%s' % (lambda:0)", '->', repr(r)[:300])
except BaseException as e:
    print("'%s' % (lambda:0)", '!!', type(e).__name__, str(e)[:200])
try:
    r = repr(print)
    print('repr(print)', '->', repr(r)[:300])
except BaseException as e:
    print('repr(print)', '!!', type(e).__name__, str(e)[:200])
try:
    r = repr(object)
    print('repr(object)', '->', repr(r)[:300])
except BaseException as e:
    print('repr(object)', '!!', type(e).__name__, str(e)[:200])
import sys
def t(label, f):
    try:
        print(label, '->', repr(f())[:300])
    except BaseException as e:
        print(label, '!!', type(e).__name__, str(e)[:200])
def boom():
    raise ValueError("x")
try:
    boom()
except ValueError as e:
    err = e
t('tb', lambda: err.__traceback__)
t('tb_frame', lambda: err.__traceback__.tb_frame)
t('f_globals', lambda: err.__traceback__.tb_frame.f_globals)
t('f_locals', lambda: err.__traceback__.tb_frame.f_locals)
t('f_back', lambda: err.__traceback__.tb_frame.f_back)
t('f_code', lambda: err.__traceback__.tb_frame.f_code)
t('f_builtins', lambda: err.__traceback__.tb_frame.f_builtins)
t('tb_next', lambda: err.__traceback__.tb_next.tb_frame)
t('dir(tb)', lambda: dir(err.__traceback__))
t('dir(e)', lambda: dir(err))
async def c(): pass
co = c()
t('cr_frame', lambda: co.cr_frame)
t('cr_code', lambda: co.cr_code)
t('cr_frame.f_globals', lambda: co.cr_frame.f_globals)
co.close()
t('sys.modules', lambda: sys.modules)
t('sys dir', lambda: dir(sys))
t('sys.path', lambda: sys.path)
t('sys.argv', lambda: sys.argv)
t('sys.executable', lambda: sys.executable)
t('sys.version', lambda: sys.version)
t('sys.platform', lambda: sys.platform)
t('sys._getframe', lambda: sys._getframe())
t('sys.exc_info', lambda: sys.exc_info())
t('modules set', lambda: sys.modules.__setitem__('os', 1))
t('import after tampering', lambda: __import__)
import asyncio
t('asyncio dir', lambda: [n for n in dir(asyncio)][:10])
t('asyncio.__file__', lambda: asyncio.__file__)
t('asyncio.__dict__', lambda: list(asyncio.__dict__)[:5])
t('time.__dict__', lambda: 1)
t('loop', lambda: asyncio.new_event_loop())
t('loop dir', lambda: dir(asyncio.new_event_loop()))
t('getattr int', lambda: getattr(1, '__class__').__subclasses__)
t('type type', lambda: type(type))
t('type.__call__', lambda: type.__call__(type, 1))
t('object.__new__', lambda: object.__new__(type))
t('object.__new__2', lambda: object.__new__(int))
t('str fmt %', lambda: '%(a)s' % {'a': sys})
t('format', lambda: format(sys, ''))
t('fmt attr', lambda: '{0.modules}'.format(sys))
t('fmt loader', lambda: '{0.__loader__}'.format(asyncio))
t('fmt spec', lambda: '{0.__spec__}'.format(asyncio))
t('fmt init', lambda: '{0.__init__.__globals__}'.format(err))
t('fmt str', lambda: '{0.__class__.__init__}'.format(''))
t('fmt dict', lambda: '{0.__dict__}'.format(asyncio.sleep))
t('fn dict', lambda: asyncio.sleep.__dict__)
t('fn globals', lambda: asyncio.sleep.__globals__)
t('fn code', lambda: asyncio.sleep.__code__)
t('run globals', lambda: asyncio.run.__globals__)
t('get_event_loop', lambda: asyncio.get_event_loop.__self__)
try:
    import os
    print('os', 'imported', os)
except BaseException as e:
    print('os', type(e).__name__, e)
# os is the safe one: nothing in it reaches files, processes or the host's environment.
for name in ('system', 'popen', 'execv', 'execl', 'spawnl', 'fork', 'kill', 'open', 'listdir', 'scandir', 'walk',
             'remove', 'unlink', 'rmdir', 'mkdir', 'rename', 'chdir', 'getcwd', 'putenv', 'unsetenv', 'getlogin',
             'uname', 'urandom', 'environb', 'stat', '_exit', 'abort', 'startfile', 'posix_spawn', 'getuid'):
    t('os.' + name, lambda: getattr(os, name))
for name in ('exists', 'isfile', 'isdir', 'getsize', 'abspath', 'realpath', 'relpath', 'expanduser', 'expandvars',
             'getmtime', 'samefile', 'islink'):
    t('os.path.' + name, lambda: getattr(os.path, name))
t('os.environ', lambda: (len(os.environ), dict(os.environ), os.environ))
t('os.environ HOME', lambda: (os.getenv('HOME'), os.getenv('PATH'), os.getenv('USER'), os.environ.get('JAVA_HOME')))
t('os dir', lambda: [n for n in dir(os) if not n.startswith('__')])
t('os.path dir', lambda: [n for n in dir(os.path) if not n.startswith('__')])
t('os.getpid', lambda: (os.getpid(), os.getppid(), os.cpu_count()))
t('from os import system', lambda: exec('from os import system'))
try:
    import subprocess
    print('subprocess', 'imported', subprocess)
except BaseException as e:
    print('subprocess', type(e).__name__, e)
try:
    import socket
    print('socket', 'imported', socket)
except BaseException as e:
    print('socket', type(e).__name__, e)
try:
    import importlib
    print('importlib', 'imported', importlib)
except BaseException as e:
    print('importlib', type(e).__name__, e)
try:
    import ctypes
    print('ctypes', 'imported', ctypes)
except BaseException as e:
    print('ctypes', type(e).__name__, e)
try:
    import builtins
    print('builtins', 'imported', builtins)
except BaseException as e:
    print('builtins', type(e).__name__, e)
try:
    import io
    print('io', 'imported', io)
except BaseException as e:
    print('io', type(e).__name__, e)
try:
    import pathlib
    print('pathlib', 'imported', pathlib)
except BaseException as e:
    print('pathlib', type(e).__name__, e)
try:
    import shutil
    print('shutil', 'imported', shutil)
except BaseException as e:
    print('shutil', type(e).__name__, e)
try:
    import pickle
    print('pickle', 'imported', pickle)
except BaseException as e:
    print('pickle', type(e).__name__, e)
try:
    import gc
    print('gc', 'imported', gc)
except BaseException as e:
    print('gc', type(e).__name__, e)
try:
    import inspect
    print('inspect', 'imported', inspect)
except BaseException as e:
    print('inspect', type(e).__name__, e)
try:
    import traceback
    print('traceback', 'imported', traceback)
except BaseException as e:
    print('traceback', type(e).__name__, e)
try:
    import threading
    print('threading', 'imported', threading)
except BaseException as e:
    print('threading', type(e).__name__, e)
try:
    import signal
    print('signal', 'imported', signal)
except BaseException as e:
    print('signal', type(e).__name__, e)
try:
    import java
    print('java', 'imported', java)
except BaseException as e:
    print('java', type(e).__name__, e)
try:
    import java.lang
    print('java.lang', 'imported', java.lang)
except BaseException as e:
    print('java.lang', type(e).__name__, e)
try:
    import org.loopscope
    print('org.loopscope', 'imported', org.loopscope)
except BaseException as e:
    print('org.loopscope', type(e).__name__, e)
try:
    import asyncio.base_events
    print('asyncio.base_events', 'imported', asyncio.base_events)
except BaseException as e:
    print('asyncio.base_events', type(e).__name__, e)
try:
    import json
    print('json', 'imported', json)
except BaseException as e:
    print('json', type(e).__name__, e)
try:
    import re
    print('re', 'imported', re)
except BaseException as e:
    print('re', type(e).__name__, e)
try:
    import typing
    print('typing', 'imported', typing)
except BaseException as e:
    print('typing', type(e).__name__, e)
try:
    import contextlib
    print('contextlib', 'imported', contextlib)
except BaseException as e:
    print('contextlib', type(e).__name__, e)
try:
    import logging
    print('logging', 'imported', logging)
except BaseException as e:
    print('logging', type(e).__name__, e)
try:
    import weakref
    print('weakref', 'imported', weakref)
except BaseException as e:
    print('weakref', type(e).__name__, e)
try:
    import string
    print('string', 'imported', string)
except BaseException as e:
    print('string', type(e).__name__, e)
try:
    import collections
    print('collections', 'imported', collections)
except BaseException as e:
    print('collections', type(e).__name__, e)
try:
    import math
    print('math', 'imported', math)
except BaseException as e:
    print('math', type(e).__name__, e)
try:
    import itertools
    print('itertools', 'imported', itertools)
except BaseException as e:
    print('itertools', type(e).__name__, e)
try:
    import dataclasses
    print('dataclasses', 'imported', dataclasses)
except BaseException as e:
    print('dataclasses', type(e).__name__, e)
import sys
t('modules os', lambda: sys.modules.__setitem__('os', 1))
try:
    import os
    print('tampered import', repr(os))
except ImportError as e:
    print('tampered import !!', type(e).__name__, e)
t('modules clear', lambda: sys.modules.clear())
import asyncio
print('asyncio after clear', asyncio.sleep)
print('end of escapes')
