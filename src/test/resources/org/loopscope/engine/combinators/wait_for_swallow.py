# wait_for (3.11): on timeout it cancels the task and waits for it; a task that swallows the cancellation
# and returns makes wait_for return that result; one that raises instead makes wait_for raise that.
import asyncio

T0 = 0.0


def now():
    # tenths of a second since the start; tolerant of the real clock running a little late
    return int((asyncio.get_running_loop().time() - T0 + 0.02) * 10) / 10


async def ticker(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn swallows the cancellation at', now())
        await asyncio.sleep(0.1)
        return 'kept going'
    return 'finished'


async def grumpy():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('grumpy raises instead')
        raise ValueError('not now')


async def quick():
    await asyncio.sleep(0.1)
    asyncio.ensure_future(ticker('tick', 4))
    print('quick returns')
    return 'quick'


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    t = asyncio.ensure_future(stubborn())
    try:
        print('result', await asyncio.wait_for(t, timeout=0.2), 'at', now())
    except asyncio.TimeoutError:
        print('timeout')
    try:
        await asyncio.wait_for(grumpy(), timeout=0.1)
    except ValueError as e:
        print('ValueError', e, 'at', now())
    print(await asyncio.wait_for(quick(), timeout=1), 'at', now())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.1)
    except asyncio.TimeoutError as e:
        print('TimeoutError', repr(e), 'cause', repr(e.__cause__), 'context', repr(e.__context__))


asyncio.run(main())
