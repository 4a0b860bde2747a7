# A waiter that was already woken by release() is cancelled before it runs: it passes the wake-up on.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def worker(lock, name):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, 'cancelled', r(lock))
        raise
    print(name, 'acquired', r(lock))
    lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(worker(lock, 'a'))
    b = asyncio.create_task(worker(lock, 'b'))
    await asyncio.sleep(0)
    lock.release()
    print('released', r(lock))
    a.cancel()
    print('a cancelling', a.cancelling(), r(lock))
    await asyncio.gather(a, b, return_exceptions=True)
    print('end', a.cancelled(), b.done(), r(lock))


asyncio.run(main())
