import asyncio
async def main():
    s = asyncio.Semaphore(3); l = asyncio.Lock(); e = asyncio.Event(); q = asyncio.Queue(maxsize=5)
    print(s._value, l._locked, e._value, q._queue, q._unfinished_tasks, q._maxsize)
    async with s:
        print(s._value)
    await l.acquire(); print(l._locked); l.release()
    e.set(); print(e._value)
    await q.put(1); await q.put(2); print(q._queue, q._unfinished_tasks, type(q._queue))
    q.get_nowait(); q.task_done(); print(q._queue, q._unfinished_tasks)
    f = asyncio.get_running_loop().create_future(); print(f._state)
    f.set_result(1); print(f._state)
    t = asyncio.create_task(asyncio.sleep(1)); print(t._state); t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(t._state)
    t2 = asyncio.create_task(asyncio.sleep(0)); await t2; print(t2._state)
    b = asyncio.BoundedSemaphore(2); print(b._value, b._bound_value)
    pq = asyncio.PriorityQueue(); await pq.put((2, 'b')); await pq.put((1, 'a')); print(pq._queue)
    lq = asyncio.LifoQueue(); await lq.put(1); print(lq._queue)
    try:
        asyncio.Task.all_tasks()
    except AttributeError as e:
        print(e)
asyncio.run(main())
