# TaskGroup: a child raising KeyboardInterrupt stops the loop at once; asyncio.run's shutdown then runs the
# group's callback, the group cancels the rest and re-raises the KeyboardInterrupt as its _base_error.
import asyncio


async def child(n, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise
    print('child', n, 'done')


async def interrupting():
    await asyncio.sleep(0.1)
    print('interrupting raises KeyboardInterrupt')
    raise KeyboardInterrupt


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(interrupting())
            tg.create_task(child(2, 0.5))
            print('body done')
    except BaseException as e:
        print('main sees', repr(e), 'cancelling', asyncio.current_task().cancelling())
        raise
    finally:
        print('main finally')


try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print('asyncio.run raised', repr(e))
