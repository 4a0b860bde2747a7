# as_completed's coroutines awaited concurrently: each waits for a put on the done queue in turn; one
# cancelled while waiting gives up its getter without losing a result.
import asyncio


async def ticker(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)


async def work(name, delay):
    await asyncio.sleep(delay)
    print('work', name, 'returns')
    return name


async def main():
    tasks = [asyncio.ensure_future(work(n, d)) for n, d in [('a', 0.3), ('b', 0.1), ('c', 0.2)]]
    print(await asyncio.gather(*asyncio.as_completed(tasks)))
    loop = asyncio.get_running_loop()
    gate = loop.create_future()
    tasks = [asyncio.ensure_future(work(n, 0.1)) for n in 'de']
    waiters = [asyncio.ensure_future(c) for c in asyncio.as_completed(tasks)]
    await asyncio.sleep(0)
    waiters[0].cancel()
    asyncio.ensure_future(ticker('tick', 5))
    for w in waiters:
        try:
            print('waiter got', await w)
        except asyncio.CancelledError:
            print('waiter cancelled')


asyncio.run(main())
