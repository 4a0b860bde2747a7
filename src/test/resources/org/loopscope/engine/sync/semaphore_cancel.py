# Cancelling a blocked Semaphore.acquire(): a waiter cancelled while waiting changes nothing; one cancelled
# after release() woke it gives its unit back and wakes the next waiter.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def worker(sem, name):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(name, 'cancelled', r(sem))
        raise
    print(name, 'acquired', r(sem))


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    tasks = {name: asyncio.create_task(worker(sem, name)) for name in 'abcd'}
    await asyncio.sleep(0)
    print(r(sem), sem.locked())
    tasks['a'].cancel()
    await asyncio.sleep(0)
    print('a cancelled while waiting', r(sem))
    sem.release()
    print('released', r(sem))
    tasks['b'].cancel()
    await asyncio.sleep(0)
    print('after b', r(sem))
    await asyncio.sleep(0)
    print(r(sem), sem.locked())
    sem.release()
    sem.release()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print('end', r(sem), sem.locked())


asyncio.run(main())
