# A lock binds to the loop that first makes it wait; a second asyncio.run() cannot wait on it.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', str(obj))


lock = asyncio.Lock()


async def first():
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    print('first run', await waiter, r(lock))
    lock.release()


async def second():
    print('uncontended', await lock.acquire())
    try:
        await lock.acquire()
    except RuntimeError as e:
        print('RuntimeError:', r(e))
    print(r(lock))


asyncio.run(first())
asyncio.run(second())
