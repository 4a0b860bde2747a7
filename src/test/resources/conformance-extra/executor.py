# Blocking work in the default executor (run_in_executor, to_thread) does not hold the loop.
import asyncio
import time


def blocking(name, seconds):
    time.sleep(seconds)
    return f"{name} slept {seconds}"


def failing():
    time.sleep(0.05)
    raise OSError("disk on fire")


async def ticker():
    for i in range(4):
        print("tick", i, round(asyncio.get_running_loop().time() - start, 2))
        await asyncio.sleep(0.1)


async def main():
    global start
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(
        ticker(),
        loop.run_in_executor(None, blocking, "a", 0.25),
        asyncio.to_thread(blocking, "b", 0.15),
    )
    print(results[1:], round(loop.time() - start, 1))
    try:
        await loop.run_in_executor(None, failing)
    except OSError as e:
        print("executor raised", e)


asyncio.run(main())
