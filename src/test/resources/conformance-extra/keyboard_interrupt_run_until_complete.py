import asyncio

async def main():
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
