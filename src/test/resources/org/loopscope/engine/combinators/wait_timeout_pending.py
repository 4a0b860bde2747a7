# wait(timeout=...): returns when the timer fires, leaving what is not done in pending; the tasks go on.
import asyncio

T0 = 0.0


def now():
    # tenths of a second since the start; tolerant of the real clock running a little late
    return int((asyncio.get_running_loop().time() - T0 + 0.02) * 10) / 10


async def ticker(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)


async def work(n, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print('work', n, 'cancelled at', now())
        raise
    print('work', n, 'done at', now())
    return n


async def main():
    global T0
    loop = asyncio.get_running_loop()
    T0 = loop.time()
    ts = [asyncio.ensure_future(work(n, d)) for n, d in [(1, 0.1), (2, 0.3), (3, 0.5)]]
    loop.call_later(0.2, lambda: asyncio.ensure_future(ticker('tick', 3)))
    done, pending = await asyncio.wait(ts, timeout=0.2)
    print('after wait at', now(), 'done', [t.result() for t in ts if t in done],
          'pending', [t.get_name() for t in ts if t in pending])
    done, pending = await asyncio.wait(pending, timeout=1)
    print('second wait at', now(), len(done), len(pending))
    x = asyncio.ensure_future(work(4, 0.1))
    asyncio.ensure_future(ticker('tock', 3))
    done, pending = await asyncio.wait([x], timeout=0)
    print('timeout 0 at', now(), len(done), len(pending), x.done())
    x.cancel()
    done, pending = await asyncio.wait([x])
    print('cancelled counts as done', len(done), x.cancelled())


asyncio.run(main())
