# time.sleep() inside a coroutine holds the whole loop: no other task can run.
# await asyncio.sleep() hands the loop back, so the waits overlap.
import asyncio
import time

CHORES = [("laundry", 0.3), ("kettle", 0.1), ("oven", 0.2)]


async def blocking_chore(name, seconds):
    print(f"  {name}: start")
    time.sleep(seconds)  # the loop is stuck here; every other task waits
    print(f"  {name}: done at {elapsed()}")


async def polite_chore(name, seconds):
    print(f"  {name}: start")
    await asyncio.sleep(seconds)  # the loop runs other tasks meanwhile
    print(f"  {name}: done at {elapsed()}")


def elapsed():
    return round(asyncio.get_running_loop().time() - start, 1)


async def main():
    global start
    print("with time.sleep:")
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*[blocking_chore(name, s) for name, s in CHORES])
    print("  total:", elapsed())

    print("with await asyncio.sleep:")
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*[polite_chore(name, s) for name, s in CHORES])
    print("  total:", elapsed())


asyncio.run(main())
