import asyncio
async def worker():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("worker cancelled")
        raise
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt()
asyncio.run(main())
