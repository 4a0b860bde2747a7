# Every task step prints the name of the task that runs it, so the output is the order of task steps.
import asyncio


async def worker(delay):
    me = asyncio.current_task().get_name()
    print(me)
    await asyncio.sleep(delay)
    print(me)
    await asyncio.sleep(0)
    print(me)


async def main():
    me = asyncio.current_task().get_name()
    print(me)
    tasks = [asyncio.create_task(worker(d)) for d in (0.3, 0.1, 0.2)]
    await asyncio.sleep(0.2)
    print(me)
    await asyncio.gather(*tasks)
    print(me)


asyncio.run(main())
