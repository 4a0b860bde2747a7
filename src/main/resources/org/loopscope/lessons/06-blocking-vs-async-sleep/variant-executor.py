# Variant "executor": the blocking call stays, but it runs in a worker thread.
# loop.run_in_executor(None, ...) returns a future the task can await, so
# the loop stays free while the threads sleep.
import asyncio
import time

CHORES = [("laundry", 0.3), ("kettle", 0.1), ("oven", 0.2)]


async def chore(name, seconds):
    print(f"{name}: start at {elapsed()}")
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, seconds)  # None: the default thread pool
    print(f"{name}: done at {elapsed()}")


def elapsed():
    return round(asyncio.get_running_loop().time() - start, 1)


async def main():
    global start
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*[chore(name, s) for name, s in CHORES])
    print("total:", elapsed())


asyncio.run(main())
