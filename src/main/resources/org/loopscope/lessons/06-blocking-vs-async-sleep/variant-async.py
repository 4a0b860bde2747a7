# Variant "async": each chore awaits asyncio.sleep(), which gives the loop
# back. All chores wait at the same time; the longest one sets the total.
import asyncio

CHORES = [("laundry", 0.3), ("kettle", 0.1), ("oven", 0.2)]


async def chore(name, seconds):
    print(f"{name}: start at {elapsed()}")
    await asyncio.sleep(seconds)  # suspends this task only
    print(f"{name}: done at {elapsed()}")


def elapsed():
    return round(asyncio.get_running_loop().time() - start, 1)


async def main():
    global start
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*[chore(name, s) for name, s in CHORES])
    print("total:", elapsed())


asyncio.run(main())
