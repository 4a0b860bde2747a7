# as_completed: a coroutine whose future is already in the done queue does not suspend; one that finds the
# queue empty waits for the next put. Tickers started when the gates open show the loop iterations.
import asyncio


async def ticker(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)


async def work(name, gate):
    await gate
    print('work', name, 'returns')
    return name


async def main():
    loop = asyncio.get_running_loop()
    gate1 = loop.create_future()
    gate2 = loop.create_future()
    tasks = [asyncio.ensure_future(work('a', gate1)), asyncio.ensure_future(work('b', gate2)),
             asyncio.ensure_future(work('c', gate1))]
    loop.call_later(0.1, gate1.set_result, None)
    loop.call_later(0.1, lambda: asyncio.ensure_future(ticker('t1', 6)))
    loop.call_later(0.2, gate2.set_result, None)
    loop.call_later(0.2, lambda: asyncio.ensure_future(ticker('t2', 6)))
    it = asyncio.as_completed(tasks + [tasks[0]])
    print('nothing happens before the first next():', len(tasks[0]._callbacks or []))
    n = 0
    for c in it:
        print('awaiting', n)
        print('got', await c)
        n += 1
    print('coroutines:', n)


asyncio.run(main())
