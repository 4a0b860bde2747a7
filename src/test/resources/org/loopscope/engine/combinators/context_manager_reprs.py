# How the coroutines of Timeout and TaskGroup read as the coroutine of a task.
import asyncio


async def main():
    tg = asyncio.TaskGroup()
    t = asyncio.ensure_future(tg.__aenter__())
    print(repr(t))
    await t
    print(repr(t))
    tg.create_task(asyncio.sleep(0.1))
    x = asyncio.ensure_future(tg.__aexit__(None, None, None))
    print(repr(x))
    await asyncio.sleep(0)
    print(repr(x))
    await x
    print(repr(x))
    cm = asyncio.timeout(None)
    t = asyncio.ensure_future(cm.__aenter__())
    print(repr(t))
    await t
    print(repr(t))
    x = asyncio.ensure_future(cm.__aexit__(None, None, None))
    print(repr(x))
    await x
    print(repr(x), repr(cm))


asyncio.run(main())
