import asyncio

async def boom():
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt

async def main():
    asyncio.create_task(boom())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally")

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached top level")
