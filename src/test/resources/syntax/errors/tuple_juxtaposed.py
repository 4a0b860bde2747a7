# Seed: "three ways" (3) -- as_completed yields results in the order they finish.
import asyncio


async def work(n, delay):
    await asyncio.sleep(delay)
    return 'task %d after %.2f' % (n, delay)


async def main():
    tasks = [asyncio.ensure_future(work(n, d)) for , d in enumerate([0.3, 0.1, 0.2])]
    for fut in asyncio.as_completed(tasks):
        result = await fut
        print('Task ret: {}'.format(result))


asyncio.run(main())
