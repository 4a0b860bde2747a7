# How a task running a primitive's coroutine directly shows it: not started, suspended at its await, done.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def show(coro):
    task = asyncio.create_task(coro)
    print(r(task))
    await asyncio.sleep(0)
    print(r(task))
    return task


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    t_lock = await show(lock.acquire())
    t_enter = await show(lock.__aenter__())
    event = asyncio.Event()
    t_event = await show(event.wait())
    cond = asyncio.Condition()
    t_bad = await show(cond.wait_for(lambda: False))
    await cond.acquire()
    t_cond = await show(cond.wait_for(lambda: False))
    await cond.acquire()
    t_wait = await show(cond.wait())
    sem = asyncio.Semaphore(0)
    t_sem = await show(sem.acquire())
    q = asyncio.Queue(1)
    t_get = await show(q.get())
    q.put_nowait(1)
    t_put = await show(q.put(2))
    t_join = await show(q.join())
    lock.release()
    event.set()
    sem.release()
    await asyncio.sleep(0)
    print(r(t_lock))
    print(r(t_event))
    print(r(t_sem))
    print(r(t_get))
    print(r(q))
    print(r(t_put))
    t_enter.cancel()
    t_join.cancel()
    await asyncio.gather(t_lock, t_event, t_sem, t_get, t_put, t_bad, t_enter, t_join, return_exceptions=True)
    t_wait.cancel()
    await asyncio.gather(t_wait, return_exceptions=True)
    print(r(t_wait), cond.locked())
    cond.release()
    t_cond.cancel()
    await asyncio.gather(t_cond, return_exceptions=True)
    print(r(t_cond), cond.locked())
    print(r(t_enter))
    print(r(t_join))


asyncio.run(main())
