# timeout(): a block that ends in time leaves it finished; one that does not is cancelled and the
# CancelledError becomes TimeoutError on the way out.
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
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.1)
    print('in time:', cm.expired(), repr(cm), round(cm.when() - T0, 1))
    try:
        async with asyncio.timeout(0.2) as cm:
            print('inside:', repr(cm).startswith('<Timeout [active] when='))
            await asyncio.sleep(1)
            print('not reached')
    except TimeoutError as e:
        print('TimeoutError at', now(), 'cause', repr(e.__cause__), 'context', repr(e.__context__),
              cm.expired(), repr(cm))
    print('cancelling:', asyncio.current_task().cancelling())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.1)
        print(repr(cm))
    async with asyncio.timeout(0.1) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('swallowed at', now())
        asyncio.ensure_future(ticker('tick', 2))
        await asyncio.sleep(0)
        print('the block goes on')
    print('after swallowing:', cm.expired(), asyncio.current_task().cancelling(), repr(cm))
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print('entered a past deadline')
            asyncio.ensure_future(ticker('tock', 3))
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('past deadline: TimeoutError at', now())
    try:
        async with asyncio.timeout(0.1):
            raise ValueError('inside')
    except ValueError as e:
        print('other errors pass through:', repr(e))


asyncio.run(main())
