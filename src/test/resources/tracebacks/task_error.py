import asyncio


async def divide(a, b):
    await asyncio.sleep(0)
    return a / b


async def compute(values):
    total = 0
    for v in values:
        total += await divide(10, v)
    return total


async def main():
    print(await compute([1, 2]))
    print(await compute([5, 0]))


asyncio.run(main())
