import asyncio


async def main():
    print("exiting with 3")
    raise SystemExit(3)


asyncio.run(main())
