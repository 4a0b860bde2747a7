import asyncio, sys

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup")

async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("exiting")
    sys.exit(3)

asyncio.run(main())
