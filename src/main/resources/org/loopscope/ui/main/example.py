import asyncio


async def worker(name, delay):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} is done after {delay} s")
    return name


async def main():
    results = await asyncio.gather(
        worker("A", 1),
        worker("B", 2),
        worker("C", 0.5),
    )
    print(results)


asyncio.run(main())
