import asyncio
async def bad():
    await asyncio.sleep(0.1)
    raise KeyError("nope")
async def main():
    await asyncio.gather(bad(), asyncio.sleep(0.2))
asyncio.run(main())
