# gather with a repeated argument: one task per distinct awaitable, its result repeated.
import asyncio


async def child(n):
    await asyncio.sleep(0.1 * n)
    print('child', n, 'in', asyncio.current_task().get_name())
    return n


async def main():
    c = child(1)
    t = asyncio.ensure_future(child(2))
    print(await asyncio.gather(c, t, c, t, child(3)))
    g = asyncio.gather(t, t)
    print(await g)
    print('tasks left:', len(asyncio.all_tasks()))


asyncio.run(main())
