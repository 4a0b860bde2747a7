# Variant "blocking": each chore calls time.sleep(), which holds the loop.
# The chores run one after another; the loop lane shows blocked spans.
import asyncio
import time

CHORES = [("laundry", 0.3), ("kettle", 0.1), ("oven", 0.2)]


async def chore(name, seconds):
    print(f"{name}: start at {elapsed()}")
    time.sleep(seconds)  # blocks: no other task can start or finish
    print(f"{name}: done at {elapsed()}")


def elapsed():
    return round(asyncio.get_running_loop().time() - start, 1)


async def main():
    global start
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*[chore(name, s) for name, s in CHORES])
    print("total:", elapsed())


asyncio.run(main())
