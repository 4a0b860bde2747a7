# async with, async for, async generators, custom awaitables, types.coroutine, cancellation details.
import asyncio
import types


class AsyncResource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("aenter", self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0.01)
        print("aexit", self.name, et and et.__name__)
        return et is KeyError


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.01)
        return self.n


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i * 10
    print("agen finished")


class Later:
    def __await__(self):
        yield from asyncio.sleep(0.02).__await__()
        return "later"


@types.coroutine
def bare_yield():
    value = yield
    return value


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    async with AsyncResource("r") as value:
        print("inside", value)
    async with AsyncResource("s"):
        raise KeyError("swallowed by __aexit__")
    async for v in Ticker(3):
        print("tick", v)
    async for v in agen(3):
        print("agen", v)
    print([x async for x in agen(2)], await Later(), await bare_yield())
    ag = agen(5)
    print(await ag.__anext__(), await ag.asend(None))
    await ag.aclose()
    t = asyncio.create_task(child("slow", 1))
    await asyncio.sleep(0.1)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError args", e.args, t.cancelled())
    results = await asyncio.gather(child("a", 0.02), child("b", 0.01))
    print(results)
    try:
        await asyncio.wait_for(child("timed", 1), timeout=0.05)
    except TimeoutError:
        print("wait_for timed out")
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired")
    shielded = asyncio.shield(child("shielded", 0.05))
    print(await shielded)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        print("event seen")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w
    lock = asyncio.Lock()
    async def locked(n):
        async with lock:
            print("holding", n, lock.locked())
            await asyncio.sleep(0.01)
    await asyncio.gather(*(locked(i) for i in range(3)))
    cond = asyncio.Condition()
    items = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer got", items.pop())
    ct = asyncio.create_task(consumer())
    await asyncio.sleep(0.01)
    async with cond:
        items.append("item")
        cond.notify()
    await ct
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)], lq.empty(), lq.qsize())
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    print(asyncio.iscoroutinefunction(child), asyncio.iscoroutine(child("x", 0)), asyncio.iscoroutine(1))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_exception, ValueError("from callback"))
    try:
        await fut
    except ValueError as e:
        print("future raised", e, fut.done(), repr(fut.exception()))
    print(loop.time() >= 0)


asyncio.run(main())
