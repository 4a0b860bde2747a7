# Event: waiters woken by set() return True even if clear() comes before they run; wait() on a set event
# returns at once; a cancelled waiter leaves the waiter list.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def waiter(ev, name):
    print(name, 'waits')
    result = await ev.wait()
    print(name, 'woke', result, ev.is_set())


async def main():
    ev = asyncio.Event()
    print(r(ev), ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, name)) for name in 'abc']
    await asyncio.sleep(0)
    print(r(ev))
    ev.set()
    print('set', r(ev))
    ev.clear()
    print('cleared', r(ev))
    await asyncio.sleep(0)
    print(r(ev))
    await asyncio.gather(*tasks)
    late = asyncio.create_task(waiter(ev, 'late'))
    await asyncio.sleep(0.1)
    print('late done', late.done())
    ev.set()
    ev.set()
    print('wait on set event', await ev.wait())
    await late
    ev.clear()
    doomed = asyncio.create_task(waiter(ev, 'doomed'))
    await asyncio.sleep(0)
    print(r(ev))
    doomed.cancel()
    await asyncio.gather(doomed, return_exceptions=True)
    print('cancelled', doomed.cancelled(), r(ev))


asyncio.run(main())
