# Lock fairness: three waiters queue up, the second is cancelled while waiting, a late task cannot barge in.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def worker(lock, name):
    print(name, 'wants the lock')
    try:
        async with lock:
            print(name, 'acquired', r(lock))
            await asyncio.sleep(0)
            print(name, 'releases')
    except asyncio.CancelledError:
        print(name, 'cancelled while waiting', r(lock))
        raise


async def main():
    lock = asyncio.Lock()
    print(r(lock))
    print('acquire returns', await lock.acquire())
    print('main acquired', r(lock))
    tasks = [asyncio.create_task(worker(lock, f'w{i}')) for i in range(1, 4)]
    await asyncio.sleep(0)
    print(r(lock))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print('after cancel', r(lock), tasks[1].cancelled())
    lock.release()
    print('main released', r(lock))
    late = asyncio.create_task(worker(lock, 'late'))
    await asyncio.gather(*tasks, late, return_exceptions=True)
    print('end', r(lock), [t.cancelled() for t in tasks])
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())
