# gather: cancelling the outer future cancels the children; a cancelled child makes the outer raise
# CancelledError while the other children go on; repeated arguments are awaited once.
import asyncio

T0 = 0.0


def now():
    # tenths of a second since the start; tolerant of the real clock running a little late
    return int((asyncio.get_running_loop().time() - T0 + 0.02) * 10) / 10


async def child(n, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print('child', n, 'cancelled at', now())
        raise
    print('child', n, 'done at', now(), 'in', asyncio.current_task().get_name())
    return n


async def main():
    global T0
    loop = asyncio.get_running_loop()
    T0 = loop.time()
    g = asyncio.gather(child(1, 0.1), child(2, 0.3))
    await asyncio.sleep(0.2)
    print('cancel outer:', g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('outer raised', repr(e), 'cancelled:', g.cancelled())
    g = asyncio.gather(child(3, 0.3), child(4, 0.3))
    await asyncio.sleep(0.1)
    g.cancel('stop!')
    try:
        await g
    except asyncio.CancelledError as e:
        print('with a message:', repr(e))
    c5 = asyncio.ensure_future(child(5, 0.1))
    c6 = asyncio.ensure_future(child(6, 0.3))
    g = asyncio.gather(c5, c6)
    loop.call_later(0.05, c5.cancel)
    try:
        await g
    except asyncio.CancelledError as e:
        print('child cancelled: outer raised', repr(e), 'cancelled:', g.cancelled(), 'c6 done:', c6.done())
    print('c6 goes on:', await c6)
    c7 = asyncio.ensure_future(child(7, 0.1))
    c8 = asyncio.ensure_future(child(8, 0.2))
    loop.call_later(0.05, c7.cancel, 'msg7')
    print(await asyncio.gather(c7, c8, return_exceptions=True))
    c9 = asyncio.ensure_future(child(9, 0.1))
    c10 = asyncio.ensure_future(child(10, 0.3))
    g = asyncio.gather(c10, c9, return_exceptions=True)
    await asyncio.sleep(0.2)
    g.cancel('msg')
    try:
        await g
    except asyncio.CancelledError as e:
        print('the error comes from the last child:', repr(e))
    g = asyncio.gather(c9, c10)
    print('cancel after all done:', g.cancel(), g.done())
    print('empty:', await asyncio.gather())


asyncio.run(main())
