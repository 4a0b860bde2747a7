import asyncio

async def main():
    lock = asyncio.Lock()
    print(repr(lock)[-10:], lock.locked())
    async with lock:
        print(repr(lock)[-10:], lock.locked())
    ev = asyncio.Event()
    print(repr(ev)[-7:], ev.is_set())
    async def setter():
        await asyncio.sleep(0.1)
        ev.set()
    asyncio.create_task(setter())
    print(await ev.wait(), repr(ev)[-5:])
    ev.clear(); print(ev.is_set())
    sem = asyncio.Semaphore(2)
    print(repr(sem).split("[")[1], sem.locked())
    async with sem:
        print(repr(sem).split("[")[1])
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire(); bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    q = asyncio.Queue(maxsize=2)
    print(q, q.empty(), q.full(), q.qsize(), q.maxsize)
    await q.put(1); q.put_nowait(2)
    print(q, q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(await q.get(), q.get_nowait()); q.task_done(); q.task_done()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait("x"); q.get_nowait(); q.task_done()
    await q.join()
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    for v in (3, 1, 2):
        pq.put_nowait(v)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for v in (3, 1, 2):
        lq.put_nowait(v)
    print([lq.get_nowait() for _ in range(3)], lq)
    cond = asyncio.Condition()
    results = []
    async def waiter(i):
        async with cond:
            await cond.wait()
            results.append(i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(results, repr(cond).split("[")[1])
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    b = None
    print(b is None)

asyncio.run(main())
