# TaskGroup: its RuntimeErrors and reprs, and names given to create_task.
import asyncio


async def child(delay):
    await asyncio.sleep(delay)
    return delay


async def fail():
    await asyncio.sleep(0.1)
    raise ValueError('no')


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = child(0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    c.close()
    async with tg:
        a = tg.create_task(child(0.1), name='A')
        b = tg.create_task(child(0.2))
        print(repr(tg), a.get_name(), b.get_name())
        try:
            await tg.__aenter__()
        except RuntimeError as e:
            print('RuntimeError', e)
    print(repr(tg), a.result(), b.result())
    c = child(0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    c.close()
    tg = asyncio.TaskGroup()
    try:
        async with tg:
            tg.create_task(fail())
            tg.create_task(child(1))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('aborting:', repr(tg))
                c = child(0)
                try:
                    tg.create_task(c)
                except RuntimeError as e:
                    print('RuntimeError', e)
                c.close()
                raise
    except ExceptionGroup as eg:
        print(repr(eg), repr(tg))


asyncio.run(main())
