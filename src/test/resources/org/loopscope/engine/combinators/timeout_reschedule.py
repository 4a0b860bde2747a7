# Timeout.reschedule: move the deadline later, to now (expires on the next iteration), or to None.
import asyncio

T0 = 0.0


def now():
    # tenths of a second since the start; tolerant of the real clock running a little late
    return int((asyncio.get_running_loop().time() - T0 + 0.02) * 10) / 10


async def ticker(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)


async def main():
    global T0
    loop = asyncio.get_running_loop()
    T0 = loop.time()
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.3)
        await asyncio.sleep(0.1)
        print('when', round(cm.when() - T0, 1))
        cm.reschedule(cm.when() + 0.2)
        await asyncio.sleep(0.3)
        print('still inside at', now())
    print('moved later:', cm.expired())
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time())
            print('rescheduled to now')
            asyncio.ensure_future(ticker('tick', 3))
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('expired at once, at', now())
    async with asyncio.timeout(0.1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.2)
    print('disabled:', cm.expired(), cm.when())
    for t in [cm, asyncio.timeout(1)]:
        try:
            t.reschedule(1)
        except RuntimeError as e:
            print('RuntimeError', e)
    try:
        await cm.__aenter__()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        async with asyncio.timeout(0.1) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        try:
            cm.reschedule(None)
        except RuntimeError as e:
            print('RuntimeError', e)
    print(repr(asyncio.timeout_at(None)), repr(asyncio.timeout(1.23456)).startswith('<Timeout [created]'))


asyncio.run(main())
