# BoundedSemaphore refuses to go above its initial value; Semaphore refuses a negative one.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(r(sem))
    async with sem:
        async with sem:
            print('inside', r(sem), sem.locked())
        print('one left', r(sem))
    try:
        sem.release()
    except ValueError as e:
        print('ValueError:', e)
    print(r(sem))
    plain = asyncio.Semaphore(0)
    plain.release()
    plain.release()
    print('plain semaphore grows', r(plain))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.BoundedSemaphore(-1)
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
