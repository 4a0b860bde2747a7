# aiomultiprocess runs coroutines in worker processes, each process with an
# event loop of its own, so CPU-heavy work does not hold up the main loop.
# (Loopscope simulates the processes on one shared virtual clock; they start at
# once, where real ones take a moment to spawn.)
import asyncio

from aiomultiprocess import Pool, Worker


async def checksum(n):
    # The CPU-heavy part: it keeps the worker's own loop busy, not ours.
    total = 0
    for i in range(n):
        total = (total + i * i) % 1000003
    await asyncio.sleep(0.5)  # then some waiting, as if saving the result
    return total


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    # One coroutine in one child process; awaiting the worker gives its result.
    print("worker:", await Worker(target=checksum, args=(100,)))

    # Two processes, each running one coroutine at a time (childconcurrency=1):
    # four jobs take two rounds.
    async with Pool(processes=2, childconcurrency=1) as pool:
        results = await pool.map(checksum, [1000, 2000, 3000, 4000])
        print("map:", results)  # in the order of the inputs, not of finishing
        print("apply:", await pool.apply(checksum, (500,)))
    print("main loop stayed free; time:", round(loop.time() - start, 1))


if __name__ == "__main__":  # child processes import this file; only the parent runs main
    asyncio.run(main())
