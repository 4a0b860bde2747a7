# Each way out of the sandbox a script might try: what it gets is a Python error or a harmless value.
def probe(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except BaseException as e:
        print(label, "!!", type(e).__name__)

def f():
    pass

def g():
    yield 1

probe("subclasses", lambda: ().__class__.__base__.__subclasses__())
probe("globals", lambda: f.__globals__)
probe("code", lambda: f.__code__)
probe("builtins", lambda: __builtins__)
probe("builtins.open", lambda: __builtins__.open)
probe("import os", lambda: __import__("os"))
probe("exec import", lambda: exec("import os"))
probe("os.system", lambda: __import__("os").system("true"))
probe("os.popen", lambda: __import__("os").popen("true"))
probe("os.listdir", lambda: __import__("os").listdir("/"))
probe("os.getcwd", lambda: __import__("os").getcwd())
probe("os.path.exists", lambda: __import__("os").path.exists("/etc/passwd"))
probe("os.environ HOME", lambda: __import__("os").environ["HOME"])
probe("os.environ", lambda: __import__("os").environ.copy().popitem())
probe("from os import system", lambda: exec("from os import system"))
probe("import subprocess", lambda: __import__("subprocess"))
probe("eval open", lambda: eval("open('/etc/passwd')"))
probe("open", lambda: open("/etc/passwd"))
probe("compile", lambda: compile("1", "f", "eval"))
probe("format mro", lambda: "{0.__class__.__mro__}".format(1))
probe("format globals", lambda: "{0.__globals__[f]}".format(f))
probe("gi_frame", lambda: g().gi_frame)
probe("f_globals", lambda: g().gi_frame.f_globals)
probe("f_back", lambda: g().gi_frame.f_back)
try:
    1 / 0
except ZeroDivisionError as e:
    probe("tb_frame", lambda: e.__traceback__.tb_frame)
    probe("tb_next", lambda: e.__traceback__.tb_next)
probe("sys.modules socket", lambda: __import__("sys").modules["socket"])
probe("input", lambda: input())
probe("breakpoint", lambda: breakpoint())
probe("type dict", lambda: type.__dict__["__subclasses__"])
probe("object new", lambda: object.__new__(int))
