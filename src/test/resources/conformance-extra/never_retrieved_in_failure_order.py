import asyncio

async def bad(i):
    await asyncio.sleep(0.01 * i)
    raise ValueError(f"bad {i}")

async def main():
    for i in range(2):
        asyncio.create_task(bad(i))
    await asyncio.sleep(0.5)
    print("main end")

asyncio.run(main())
