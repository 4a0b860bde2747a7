# wait(FIRST_EXCEPTION): returns at the first exception, or when all are done; a ticker shows the iterations.
import asyncio

T0 = 0.0


def now():
    # tenths of a second since the start; tolerant of the real clock running a little late
    return int((asyncio.get_running_loop().time() - T0 + 0.02) * 10) / 10


async def ticker(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)


async def ok(n, delay):
    await asyncio.sleep(delay)
    print('ok', n, 'at', now())
    return n


async def bad(delay):
    await asyncio.sleep(delay)
    print('bad raises at', now())
    asyncio.ensure_future(ticker('tick', 3))
    raise ValueError('boom')


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    a = asyncio.ensure_future(ok(1, 0.1))
    b = asyncio.ensure_future(bad(0.2))
    c = asyncio.ensure_future(ok(3, 0.4))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print('returned at', now(), 'done', [t is a or t is b for t in done], 'pending', len(pending), pending == {c})
    print('b raised', repr(b.exception()))
    d = asyncio.ensure_future(ok(4, 0.1))
    done, pending = await asyncio.wait([c, d], return_when='FIRST_EXCEPTION')
    print('no exception: all done at', now(), len(done), len(pending))
    e = asyncio.ensure_future(ok(5, 1))
    f = asyncio.ensure_future(ok(6, 0.3))
    asyncio.get_running_loop().call_later(0.1, e.cancel)
    done, pending = await asyncio.wait([e, f], return_when=asyncio.FIRST_EXCEPTION)
    print('a cancellation is no exception:', now(), e.cancelled(), len(done), len(pending))
    g = asyncio.ensure_future(ok(7, 0.1))
    h = asyncio.ensure_future(ok(8, 0.2))
    done, pending = await asyncio.wait([g, h], return_when=asyncio.FIRST_COMPLETED)
    print('first completed at', now(), [t.result() for t in done], len(pending))
    await h


asyncio.run(main())
