import asyncio, functools, types

class Timer:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("enter", self.name); await asyncio.sleep(0.1); return self
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev); return et is ValueError

class Ticker:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1; await asyncio.sleep(0.01); return self.i

class Later:
    def __await__(self):
        r = yield from asyncio.sleep(0.05, result="later").__await__()
        return r.upper()

@types.coroutine
def old_style():
    v = yield from asyncio.sleep(0.01, result=7)
    return v * 2

def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return await fn(*a, **k)
    return wrapper

@logged
async def add(a, b=1):
    """adds"""
    return a + b

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i

async def main():
    async with Timer("t1") as t:
        print("inside", t.name)
    async with Timer("t2"):
        raise ValueError("suppressed")
    try:
        async with Timer("t3"):
            raise KeyError("k")
    except KeyError as e:
        print("escaped", repr(e))
    async for v in Ticker(3):
        print("tick", v)
    print(await Later(), await old_style())
    print(await add(1, b=5), add.__name__, add.__doc__, add.__wrapped__.__name__)
    print([x async for x in agen(4)], [await asyncio.sleep(0, result=i) for i in range(3)])
    print({x: x async for x in agen(3)}, {x async for x in agen(3) if x})
    p = functools.partial(add, 10)
    print(repr(p).startswith("functools.partial(<function add at"), await p(), p.func is add, p.args, p.keywords)
    p2 = functools.partial(print, "a", sep="-")
    print(repr(p2)); p2("b")
    ag = agen(2)
    print(repr(ag)[:30], await ag.__anext__(), await anext(ag), await anext(ag, "dflt"))
    ait = aiter(Ticker(1))
    print(await anext(ait))
    print(asyncio.iscoroutine(old_style()), asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(logged))

asyncio.run(main())
