# A task nobody keeps fails: CPython reports "Task exception was never retrieved" as soon as the task is gone;
# the program then crashes, so its own traceback comes last.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    raise ConnectionError(f"fetch {n} failed")


async def main():
    asyncio.create_task(fetch(1))
    asyncio.ensure_future(fetch(2))
    await asyncio.sleep(0.5)
    print("both failed by now")
    kept = asyncio.create_task(fetch(0))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("kept is done:", kept.done())
    return {}["missing"]


asyncio.run(main())
