# Cancelled while waiting, then again while re-acquiring: wait() raises a new, bare CancelledError
# whose context is the first one.
import asyncio


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError as e:
            print('cancelled', repr(e), 'context', repr(e.__context__), 'holds lock', cond.locked())
            raise


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel('one')
    await asyncio.sleep(0)
    print('re-acquiring', t.done(), len(cond._lock._waiters))
    t.cancel('two')
    await asyncio.sleep(0)
    print('still re-acquiring', t.done(), len(cond._lock._waiters))
    cond.release()
    await asyncio.gather(t, return_exceptions=True)
    print('end', t.cancelled(), cond.locked())


asyncio.run(main())
