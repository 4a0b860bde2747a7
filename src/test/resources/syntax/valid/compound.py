if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
if a: pass
while x:
    x -= 1
    if x: break
    continue
else:
    pass
for i in range(10):
    print(i)
else:
    print("done")
for a, b in pairs: pass
for (a, b), *c in things:
    pass
for x, in y: pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    raise
else:
    pass
finally:
    pass
try:
    x
finally:
    y
try:
    x
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass
with open(f) as g:
    pass
with a, b as c, d() as (e, f):
    pass
with (a, b):
    pass
with (a as b, c as d,):
    pass
with (a, b) as c:
    pass
with (yield_thing()):
    pass
class A:
    pass
class B(A, metaclass=M, **kw):
    x = 1
    def m(self):
        return self.x
class C(): pass
@dec
def f(): pass
@dec.attr(1)
@other
class D:
    @property
    def p(self): return 1
def g(a, b=1, *args, c, d=2, **kwargs): pass
def h(a, /, b, *, c): pass
def i(a=1, /, b=2): pass
def j(*, a): pass
def k(a: int, b: "str" = "x", *c: tuple, d: list, **e: dict) -> None: pass
def l(a, b, /): pass
def m(**kw,): pass
def n(*args,): pass
async def coro(x):
    await x
    async for i in aiter():
        pass
    async with lock as l, other:
        pass
    return [i async for i in y]
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    z = (yield)
    await_ = 1
if x:
    # comment
    pass  # trailing

    # blank lines
    y = 1
