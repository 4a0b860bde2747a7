import asyncio


async def child(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"child {n}")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
        tg.create_task(child(2))


asyncio.run(main())
