# as_completed is a generator: coroutines become tasks at the first next(), and the count is fixed then.
import asyncio


async def work(n, delay):
    await asyncio.sleep(delay)
    return 'work %d' % n


async def main():
    it = asyncio.as_completed([work(1, 0.2), work(2, 0.1)])
    print('tasks before next():', len(asyncio.all_tasks()))
    first = next(it)
    print('tasks after next():', len(asyncio.all_tasks()))
    print(await first)
    rest = list(it)
    print('rest:', len(rest))
    print(await rest[0])
    print('empty:', list(asyncio.as_completed([])))
    done = asyncio.get_running_loop().create_future()
    done.set_result('already')
    for c in asyncio.as_completed([done]):
        print(await c)


asyncio.run(main())
