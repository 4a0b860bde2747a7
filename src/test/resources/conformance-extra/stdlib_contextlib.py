import asyncio
from contextlib import (asynccontextmanager, contextmanager, suppress, nullcontext, closing, aclosing,
                        AsyncExitStack, ExitStack)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

@asynccontextmanager
async def connection(name, delay):
    print("open", name)
    await asyncio.sleep(delay)
    try:
        yield f"conn-{name}"
    except ValueError as e:
        print("conn saw", repr(e))
        raise
    finally:
        await asyncio.sleep(delay)
        print("close", name)

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closed", self.n)

async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticker finalized")

async def use(name, delay):
    async with connection(name, delay) as c:
        print(name, "using", c)
        await asyncio.sleep(delay)
        return c

async def main():
    with tag("a") as t:
        print("inside", t)
    with suppress(KeyError, ZeroDivisionError):
        1 / 0
    print("suppressed")
    with nullcontext(5) as v:
        print("null", v)
    async with nullcontext("x") as v:
        print("anull", v)
    with closing(Res(1)) as r:
        print("res", r.n)
    async with aclosing(ticker(5)) as t:
        async for i in t:
            if i == 2:
                break
            print("tick", i)
    print(await asyncio.gather(use("db", 0.2), use("cache", 0.1)))
    try:
        async with connection("bad", 0.1):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(f"s{i}", 0.1)) for i in range(3)]
        stack.callback(print, "sync callback")
        async def acb(x):
            print("async callback", x)
        stack.push_async_callback(acb, 42)
        print(conns)
    with ExitStack() as es:
        for n in "xy":
            es.enter_context(tag(n))
        es.callback(print, "cb")
    @tag("deco")
    def f():
        print("in f")
    try:
        with suppress(KeyError):
            raise IndexError("not suppressed")
    except IndexError as e:
        print("IndexError", e)

asyncio.run(main())
