import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker cleanup")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught KI")
