# shield: cancelling the task that awaits the shield leaves the inner task running; cancelling the inner
# task cancels the shield too.
import asyncio

T0 = 0.0


def now():
    # tenths of a second since the start; tolerant of the real clock running a little late
    return int((asyncio.get_running_loop().time() - T0 + 0.02) * 10) / 10


async def precious(name):
    print(name, 'starts')
    await asyncio.sleep(0.2)
    print(name, 'finishes at', now())
    return 'treasure ' + name


async def boom():
    await asyncio.sleep(0.1)
    raise ValueError('boom')


async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print('waiter cancelled at', now(), '- inner done?', inner.done())
        raise


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    inner = asyncio.ensure_future(precious('one'))
    w = asyncio.ensure_future(waiter(inner))
    await asyncio.sleep(0.1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('w cancelled:', w.cancelled())
    print('inner result', await inner, 'at', now())
    s = asyncio.shield(precious('two'))
    print('shield made', repr(s))
    print(await s)
    inner3 = asyncio.ensure_future(precious('three'))
    outer3 = asyncio.shield(inner3)
    await asyncio.sleep(0)
    inner3.cancel()
    try:
        await outer3
    except asyncio.CancelledError:
        print('outer cancelled too:', outer3.cancelled())
    print('a done future is its own shield:', asyncio.shield(inner) is inner)
    failing = asyncio.ensure_future(asyncio.sleep(0.1))
    outer4 = asyncio.shield(failing)
    outer4.cancel()
    print('outer4', repr(outer4))
    await asyncio.sleep(0.2)
    print('failing still finished:', failing.done(), failing.cancelled())
    try:
        await asyncio.shield(boom())
    except ValueError as e:
        print('the error passes through:', repr(e), 'at', now())


asyncio.run(main())
