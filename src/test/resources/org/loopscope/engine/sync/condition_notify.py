# Condition: notify(1), notify(2), notify_all(); a notified waiter returns only once it holds the lock again.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def consumer(cond, name):
    async with cond:
        print(name, 'waits')
        result = await cond.wait()
        print(name, 'notified', result, r(cond))
        await asyncio.sleep(0)
        print(name, 'leaves')


async def main():
    cond = asyncio.Condition()
    print(r(cond))
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    tasks = [asyncio.create_task(consumer(cond, name)) for name in 'abcde']
    await asyncio.sleep(0)
    print(r(cond))
    async with cond:
        cond.notify()
        print('notify(1)', r(cond))
    await asyncio.sleep(0)
    print('after one iteration', r(cond))
    async with cond:
        cond.notify(2)
        print('notify(2)', r(cond))
    for _ in range(3):
        await asyncio.sleep(0)
    print(r(cond))
    async with cond:
        cond.notify_all()
        print('notify_all', r(cond))
    await asyncio.gather(*tasks)
    print('end', r(cond))


asyncio.run(main())
