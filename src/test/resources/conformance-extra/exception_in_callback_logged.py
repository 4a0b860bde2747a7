import asyncio

def cb():
    raise ValueError("in callback")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb)
    await asyncio.sleep(0.1)
    print("still running")

asyncio.run(main())
