import asyncio, types

@types.coroutine
def relinquish():
    yield

async def chatty(name, n):
    for i in range(n):
        print(name, i)
        await relinquish()

async def value(v):
    await asyncio.sleep(0)
    return v

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        return f"handle-{self.name}"
    async def __aexit__(self, *exc):
        print("closing", self.name, exc[0])
        return False

async def swallow():
    try:
        await asyncio.sleep(1)
    finally:
        return "swallowed cancel"

async def main():
    await asyncio.gather(chatty("a", 3), chatty("b", 2))
    print(f"{await value(1)} and {await value(2)}")
    async with Resource("r1") as h:
        print("using", h)
    try:
        async with Resource("r2") as h:
            raise KeyError(h)
    except KeyError as e:
        print("KeyError", e)
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    try:
        try:
            await value(0)
            raise ValueError("inner")
        except ValueError:
            await asyncio.sleep(0)
            raise RuntimeError("outer")
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))
    try:
        raise asyncio.CancelledError()
    except Exception:
        print("caught as Exception?!")
    except BaseException as e:
        print("CancelledError is BaseException", type(e).__name__)
    q = asyncio.Queue(maxsize=1)
    await q.put(1)
    producer = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    print(producer.done(), q.qsize())
    producer.cancel()
    await asyncio.sleep(0)
    print(producer.cancelled(), q.qsize(), await q.get(), q.empty())
    done, pending = await asyncio.wait([asyncio.create_task(value(i)) for i in range(3)], return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), pending)
    loop = asyncio.get_running_loop()
    now = loop.time()
    for tag in "xyz":
        loop.call_at(now + 0.1, print, "call_at", tag)
    loop.call_later(0.1, print, "call_later w")
    await asyncio.sleep(0.2)
    async def eg():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(value(1))
            async def fail(): raise ValueError("tg")
            tg.create_task(fail())
    try:
        await eg()
    except* ValueError as g:
        print("except* got", g.exceptions)

asyncio.run(main())
