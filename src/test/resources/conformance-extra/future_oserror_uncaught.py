import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.1, f.set_exception, OSError(2, "No such file"))
    await f
asyncio.run(main())
