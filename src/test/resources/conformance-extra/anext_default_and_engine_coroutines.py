import asyncio
async def agen():
    yield 1
async def main():
    g = agen()
    print(await anext(g, "d1"), await anext(g, "d2"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("stop")
    try:
        anext(5)
    except TypeError as e:
        print(e)
    c = asyncio.sleep(0)
    print(c.__name__, c.__qualname__, c.cr_running)
    c.close()
    loop = asyncio.get_running_loop()
    loop.call_soon_threadsafe(print, "threadsafe")
    await asyncio.sleep(0)
asyncio.run(main())
