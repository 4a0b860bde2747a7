import asyncio, sys

async def quitter():
    await asyncio.sleep(0.1)
    raise SystemExit(4)

async def main():
    t = asyncio.create_task(quitter())
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally", t.done())

asyncio.run(main())
