# A waiter cancelled inside Condition.wait() re-acquires the lock before CancelledError leaves wait();
# one cancelled while re-acquiring keeps trying, then raises CancelledError.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            print(name, 'notified')
        except asyncio.CancelledError as e:
            print(name, 'cancelled, holds lock', cond.locked(), repr(e))
            raise


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond, 'first'))
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0)
    print('main holds lock, first done:', t.done(), r(cond))
    cond.release()
    await asyncio.gather(t, return_exceptions=True)
    print('first cancelled', t.cancelled(), r(cond))

    u = asyncio.create_task(waiter(cond, 'second'))
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        await asyncio.sleep(0)
        print('second re-acquiring', r(cond), r(cond._lock))
        u.cancel('stop')
        await asyncio.sleep(0)
        print('second still waiting for the lock', u.done(), r(cond._lock))
    await asyncio.gather(u, return_exceptions=True)
    print('second cancelled', u.cancelled(), r(cond))


asyncio.run(main())
