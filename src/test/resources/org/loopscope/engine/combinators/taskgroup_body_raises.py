# TaskGroup: an error in the body cancels the children and joins the ExceptionGroup; KeyboardInterrupt
# and SystemExit leave as they are, after the children are cancelled.
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


async def failing(delay):
    await asyncio.sleep(delay)
    print('failing raises at', now())
    raise RuntimeError('child failed')


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1, 0.1))
            tg.create_task(child(2, 0.3))
            await asyncio.sleep(0.2)
            print('body raises', repr(tg))
            raise ValueError('body failed')
    except ExceptionGroup as eg:
        print('caught', repr(eg), 'at', now(), repr(tg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(0.1))
            tg.create_task(child(3, 0.5))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('the group cancels the body at', now(), repr(tg))
                raise ValueError('body failed too')
    except ExceptionGroup as eg:
        print('caught', repr(eg), 'at', now())
    print('cancelling:', asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(4, 0.1))
            raise KeyboardInterrupt
    except KeyboardInterrupt as e:
        print('KeyboardInterrupt passes through', repr(e), 'at', now())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(0.1))
            tg.create_task(child(5, 0.2))
    except* RuntimeError as eg:
        print('only the child error:', [str(e) for e in eg.exceptions])


asyncio.run(main())
