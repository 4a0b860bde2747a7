import asyncio, sys

async def bystander(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("bystander", n, "cancelled")
        raise
    finally:
        print("bystander", n, "finally")

async def quitter():
    await asyncio.sleep(0.1)
    print("quitting with 2")
    sys.exit(2)

async def main():
    tasks = [asyncio.create_task(bystander(i)) for i in range(2)]
    await quitter()

try:
    asyncio.run(main())
finally:
    print("outer finally")
