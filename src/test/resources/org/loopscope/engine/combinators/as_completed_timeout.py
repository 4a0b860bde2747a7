# as_completed(timeout=...): the coroutine awaited when the timer fires raises TimeoutError.
import asyncio

T0 = 0.0


def now():
    # tenths of a second since the start; tolerant of the real clock running a little late
    return int((asyncio.get_running_loop().time() - T0 + 0.02) * 10) / 10


async def work(n, delay):
    await asyncio.sleep(delay)
    return 'work %d' % n


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError('failed')


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    ts = [asyncio.ensure_future(work(1, 0.1)), asyncio.ensure_future(work(2, 0.5)),
          asyncio.ensure_future(fail(0.2))]
    try:
        for c in asyncio.as_completed(ts, timeout=0.3):
            try:
                print('got', await c, 'at', now())
            except ValueError as e:
                print('raised', repr(e), 'at', now())
    except asyncio.TimeoutError as e:
        print('TimeoutError', repr(e), 'at', now())
    print('work 2 still running:', not ts[1].done())
    print(await ts[1], 'at', now())
    print('all done already:', sorted([await c for c in asyncio.as_completed(ts[:2], timeout=0.1)]))
    late = asyncio.ensure_future(work(3, 0.2))
    coros = list(asyncio.as_completed([late], timeout=0.1))
    await asyncio.sleep(0.12)
    try:
        await coros[0]
    except asyncio.TimeoutError:
        print('TimeoutError even when awaited after the timer fired, at', now())
    print(await late, 'at', now())


asyncio.run(main())
