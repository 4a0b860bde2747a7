import asyncio

async def holder(lock, name, d):
    async with lock:
        print(name, "acquired")
        await asyncio.sleep(d)
    print(name, "released")

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(holder(lock, "a", 0.3))
    await asyncio.sleep(0)
    b = asyncio.create_task(holder(lock, "b", 0.1))
    c = asyncio.create_task(holder(lock, "c", 0.1))
    await asyncio.sleep(0.1)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(b.cancelled(), lock.locked())
    sem = asyncio.Semaphore(1)
    async def user(n):
        async with sem:
            print("user", n)
            await asyncio.sleep(0.1)
    await asyncio.gather(*(user(i) for i in range(4)))
    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, "got", items.pop())
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for v in "xy":
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except asyncio.TimeoutError:
        print("event wait timed out", ev.is_set())
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.sleep(0)
    q.put_nowait(1)
    print(getter.cancelled(), q.qsize(), q.get_nowait())

asyncio.run(main())
