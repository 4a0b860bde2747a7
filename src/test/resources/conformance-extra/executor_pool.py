# The default executor has min(32, os.cpu_count() + 4) threads: with 2 CPUs, six.
# Eight blocking calls at once: six run at once, two wait for a free thread.
import asyncio
import time


def blocking(n):
    time.sleep(1)
    return n


async def job(n, finished):
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, blocking, n)
    finished.append((round(loop.time() - start, 1), result))
    return result


async def main():
    global start
    start = asyncio.get_running_loop().time()
    finished = []
    results = await asyncio.gather(*(job(n, finished) for n in range(8)))
    print(results, round(asyncio.get_running_loop().time() - start, 1))
    print(sorted(finished))
    later = await asyncio.gather(*(asyncio.to_thread(blocking, n) for n in range(3)))
    print(later, round(asyncio.get_running_loop().time() - start, 1))


asyncio.run(main())
