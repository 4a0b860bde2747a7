import sys, asyncio
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version), sys.version.split()[0])
print(sys.platform, sys.maxsize, sys.byteorder, sys.getrecursionlimit())
sys.stdout.write("written\n")
sys.stderr.write("to stderr\n")
print("to err", file=sys.stderr)
print(sys.argv[0].endswith(".py"), len(sys.argv))
if sys.platform == "win32":
    asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())
print(type(asyncio.get_event_loop_policy()).__name__)
policy = asyncio.get_event_loop_policy()
loop = policy.new_event_loop()
policy.set_event_loop(loop)
print(policy.get_event_loop() is loop, asyncio.get_event_loop() is loop)
loop.close()
print(sys.exc_info())
try:
    1/0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t, v, type(tb).__name__)
print(sys.modules["asyncio"] is asyncio, "sys" in sys.modules)
sys.stdout.flush()
sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(1900))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(6000)
print(depth(5500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
sys.setrecursionlimit(1000)
try:
    depth(990)
except RecursionError as e:
    print("RecursionError", e)
print(sys.exception())
try:
    raise KeyError("k")
except KeyError:
    print(repr(sys.exception()))
