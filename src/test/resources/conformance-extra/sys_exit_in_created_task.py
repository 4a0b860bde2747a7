import asyncio, sys

async def quitter():
    print("quitter")
    sys.exit("bye message")

async def main():
    t = asyncio.create_task(quitter())
    await asyncio.sleep(1)
    print("not reached?")

asyncio.run(main())
