# A newcomer queues behind a woken waiter even though a unit is free; the waiter, once it runs, wakes it.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def worker(sem, name):
    await sem.acquire()
    print(name, 'acquired', r(sem))


async def main():
    sem = asyncio.Semaphore(2)
    await sem.acquire()
    await sem.acquire()
    a = asyncio.create_task(worker(sem, 'a'))
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    print('released twice', r(sem), sem.locked())
    await sem.acquire()
    print('main acquired', r(sem), a.done())


asyncio.run(main())
