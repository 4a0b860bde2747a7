import asyncio

async def level2(x):
    return {"a": 1}[x]

async def level1():
    await level2("b")

async def main():
    try:
        await level1()
    except KeyError as e:
        raise RuntimeError("wrapped") from e

asyncio.run(main())
