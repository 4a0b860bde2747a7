# wait(): its arguments are checked when the coroutine runs, not when it is made.
import asyncio


async def main():
    t = asyncio.ensure_future(asyncio.sleep(0.1, 'slept'))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError', e)
    try:
        await asyncio.wait([t], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError', e)
    c = asyncio.sleep(0)
    try:
        await asyncio.wait([t, c])
    except TypeError as e:
        print('TypeError', e)
    c.close()
    w = asyncio.wait([])
    print('made, not yet run')
    try:
        await w
    except ValueError as e:
        print('ValueError', e)
    done, pending = await asyncio.wait([t, t])
    print('duplicates count once', len(done), len(pending), t.result())


asyncio.run(main())
