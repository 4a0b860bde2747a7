# How tasks, futures and timers look while they wait inside wait_for, wait, as_completed and shield.
import asyncio


def timer_callbacks(loop):
    # A TimerHandle repr without its absolute deadline.
    return [repr(h).split(' ', 2)[2] for h in sorted(loop._scheduled) if not h.cancelled()]


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.ensure_future(asyncio.wait_for(f, 5))
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    print(repr(f))
    print(timer_callbacks(loop))
    f.set_result('x')
    await asyncio.sleep(0)
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    g = loop.create_future()
    t = asyncio.ensure_future(asyncio.wait_for(g, 0))
    await asyncio.sleep(0)
    print(repr(t))
    print(repr(g))
    try:
        await t
    except asyncio.TimeoutError:
        print(repr(t))
    g = loop.create_future()
    t = asyncio.ensure_future(asyncio.wait_for(g, 1))
    await asyncio.sleep(0)
    t.cancel()
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    print(repr(g))
    await asyncio.sleep(0)
    print(repr(t))
    h = loop.create_future()
    t = asyncio.ensure_future(asyncio.wait([h], timeout=3))
    await asyncio.sleep(0)
    print(repr(t))
    print(repr(h))
    print(timer_callbacks(loop))
    t.cancel()
    await asyncio.sleep(0)
    print(repr(t), repr(h))
    i = loop.create_future()
    it = asyncio.as_completed([i], timeout=2)
    t = asyncio.ensure_future(next(it))
    print(repr(i))
    print(timer_callbacks(loop))
    await asyncio.sleep(0)
    print(repr(t))
    i.set_result(42)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(repr(t))
    j = loop.create_future()
    s = asyncio.shield(j)
    print(repr(j))
    print(repr(s))
    t = asyncio.ensure_future(asyncio.wait_for(asyncio.shield(j), None))
    await asyncio.sleep(0)
    print(repr(t))
    print(repr(s))
    j.set_result(None)
    await asyncio.sleep(0)
    print(repr(t))


asyncio.run(main())
