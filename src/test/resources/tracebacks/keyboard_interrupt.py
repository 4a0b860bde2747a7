import asyncio


async def main():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt


asyncio.run(main())
