# Cancelling a blocked get()/put(): nothing is lost, and a waiter woken but cancelled before it ran passes
# the wake-up to the next one in line.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', str(obj))


async def getter(q, name):
    try:
        item = await q.get()
    except asyncio.CancelledError:
        print(name, 'get cancelled', r(q))
        raise
    print(name, 'got', item, r(q))


async def putter(q, name, item):
    try:
        await q.put(item)
    except asyncio.CancelledError:
        print(name, 'put cancelled', r(q))
        raise
    print(name, 'put', item, r(q))


async def main():
    q = asyncio.Queue()
    gs = {name: asyncio.create_task(getter(q, name)) for name in 'abc'}
    await asyncio.sleep(0)
    print(r(q))
    gs['a'].cancel()
    await asyncio.sleep(0)
    print('a cancelled while waiting', r(q))
    q.put_nowait('x')
    print('put x', r(q))
    gs['b'].cancel()
    await asyncio.sleep(0)
    print('b cancelled after its wake-up', r(q))
    await asyncio.gather(*gs.values(), return_exceptions=True)
    print('getters done', r(q))

    q = asyncio.Queue(maxsize=1)
    q.put_nowait('first')
    ps = {name: asyncio.create_task(putter(q, name, name.upper())) for name in 'pqs'}
    await asyncio.sleep(0)
    print(r(q))
    ps['p'].cancel()
    await asyncio.sleep(0)
    print('p cancelled while waiting', r(q))
    print('took', q.get_nowait(), r(q))
    ps['q'].cancel()
    await asyncio.sleep(0)
    print('q cancelled after its wake-up', r(q))
    await asyncio.sleep(0)
    print('took', q.get_nowait(), r(q))
    await asyncio.gather(*ps.values(), return_exceptions=True)
    print('putters done', r(q), [t.cancelled() for t in ps.values()])


asyncio.run(main())
