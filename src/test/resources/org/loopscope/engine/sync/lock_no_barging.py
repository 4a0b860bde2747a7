# Between release() and the woken waiter's turn the lock is free, yet nobody else may take it.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def worker(lock):
    await lock.acquire()
    print('worker acquired', r(lock))
    await asyncio.sleep(0)
    print('worker releases')
    lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(worker(lock))
    await asyncio.sleep(0)
    lock.release()
    print('released', r(lock), lock.locked())
    await lock.acquire()
    print('main acquired again', r(lock), w.done())


asyncio.run(main())
