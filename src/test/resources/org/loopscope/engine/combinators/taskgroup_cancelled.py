# TaskGroup: a cancellation from outside goes through the group (children cancelled, CancelledError out),
# unless a child error takes priority; the group takes back only the cancellation it asked for itself.
import asyncio

T0 = 0.0


def now():
    # tenths of a second since the start; tolerant of the real clock running a little late
    return int((asyncio.get_running_loop().time() - T0 + 0.02) * 10) / 10


async def child(n, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("child", n, "cancelled at", now())
        raise
    print("child", n, "done at", now())
    return n


async def worker():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1, 0.1))
        tg.create_task(child(2, 0.5))
        print('body done', repr(tg))
    print('not reached')


async def worker_inside():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(3, 0.5))
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('worker_inside sees CancelledError, cancelling', asyncio.current_task().cancelling())
        raise


async def bad_on_cancel():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('bad_on_cancel raises at', now())
        raise ValueError('cleanup failed')


async def worker_errors():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad_on_cancel())
        tg.create_task(child(4, 0.03))


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    for body in [worker, worker_inside]:
        w = asyncio.ensure_future(body())
        await asyncio.sleep(0.2)
        w.cancel()
        try:
            await w
        except asyncio.CancelledError:
            print(body.__name__, 'cancelled:', w.cancelled(), 'at', now())
    w = asyncio.ensure_future(worker_errors())
    await asyncio.sleep(0.1)
    w.cancel()
    try:
        await w
    except ExceptionGroup as eg:
        print('errors win over the cancellation:', repr(eg), w.cancelling())


asyncio.run(main())
