# Semaphore(2) with five workers: at most two run at once; start and end times in loop time.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def worker(sem, i, t0):
    loop = asyncio.get_running_loop()
    async with sem:
        print(f'worker {i} start {loop.time() - t0:.1f} {r(sem)}')
        await asyncio.sleep(0.1 * (i % 3 + 1))
        print(f'worker {i} end {loop.time() - t0:.1f}')
    return i


async def main():
    sem = asyncio.Semaphore(2)
    print(r(sem), sem.locked())
    t0 = asyncio.get_running_loop().time()
    results = await asyncio.gather(*(worker(sem, i, t0) for i in range(5)))
    print(results, r(sem))


asyncio.run(main())
