# wait_for with timeout None awaits directly; with timeout <= 0 it cancels at once unless already done.
import asyncio


async def ticker(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)


async def work(name):
    print('work', name, 'starts')
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print('work', name, 'cancelled')
        raise
    return name


async def main():
    asyncio.ensure_future(ticker('a', 3))
    print(await asyncio.wait_for(work('none'), None))
    f = asyncio.get_running_loop().create_future()
    f.set_result('ready')
    asyncio.ensure_future(ticker('b', 3))
    print(await asyncio.wait_for(f, 0))
    asyncio.ensure_future(ticker('c', 4))
    try:
        await asyncio.wait_for(work('zero'), 0)
    except asyncio.TimeoutError as e:
        print('TimeoutError from', repr(e.__cause__))
    t = asyncio.ensure_future(work('negative'))
    await asyncio.sleep(0)
    asyncio.ensure_future(ticker('d', 4))
    try:
        await asyncio.wait_for(t, -1)
    except asyncio.TimeoutError:
        print('TimeoutError; task cancelled:', t.cancelled())
    asyncio.ensure_future(ticker('e', 3))
    print(await asyncio.wait_for(asyncio.sleep(0, 'slept 0'), 0.5))


asyncio.run(main())
