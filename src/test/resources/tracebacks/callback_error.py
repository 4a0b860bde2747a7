import asyncio


def callback(n):
    print("callback", n)
    return [][n]


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, 3)
    await asyncio.sleep(0.01)
    print("still running")


asyncio.run(main())
