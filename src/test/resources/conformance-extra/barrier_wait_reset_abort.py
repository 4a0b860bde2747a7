import asyncio

async def worker(barrier, n):
    await asyncio.sleep(0.1 * n)
    print("worker", n, "arrives; waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print("worker", n, "passes with index", index)
    return index

async def stuck(barrier, n):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("stuck", n, "broken:", e)

async def main():
    barrier = asyncio.Barrier(3)
    print(repr(barrier).split(" [")[1], barrier.parties, barrier.broken)
    results = await asyncio.gather(*(worker(barrier, n) for n in range(3)))
    print(results, repr(barrier).split(" [")[1])
    results = await asyncio.gather(*(worker(barrier, n) for n in (2, 0, 1)))
    print(results)
    b2 = asyncio.Barrier(3)
    ts = [asyncio.create_task(stuck(b2, i)) for i in range(2)]
    await asyncio.sleep(0)
    print(repr(b2).split(" [")[1])
    await b2.reset()
    await asyncio.gather(*ts)
    print(repr(b2).split(" [")[1])
    ts = [asyncio.create_task(stuck(b2, i)) for i in range(2)]
    await asyncio.sleep(0)
    await b2.abort()
    await asyncio.gather(*ts)
    print(repr(b2).split(" [")[1], b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("after abort:", e)
    b3 = asyncio.Barrier(2)
    async def enter(n):
        async with b3 as pos:
            print("entered", n, pos)
    await asyncio.gather(enter("a"), enter("b"))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
    w = asyncio.create_task(asyncio.Barrier(2).wait())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled")

asyncio.run(main())
