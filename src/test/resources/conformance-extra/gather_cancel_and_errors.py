import asyncio

async def slow(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print("slow", n, "cancelled")
        raise

async def main():
    g = asyncio.gather(slow(1), slow(2), slow(3))
    await asyncio.sleep(1.5)
    print(g.done(), g.cancel(), g.done())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    async def boom():
        await asyncio.sleep(0.5)
        raise RuntimeError("boom")
    t1 = asyncio.create_task(slow(2))
    g2 = asyncio.gather(t1, boom())
    try:
        await g2
    except RuntimeError as e:
        print("gather raised", e, "t1 done?", t1.done())
    print(await t1)
    res = await asyncio.gather(slow(0.1), boom(), asyncio.sleep(0.2, "x"), return_exceptions=True)
    print(res)
    outer = asyncio.gather(slow(5), slow(6))
    await asyncio.sleep(0.1)
    outer.cancel()
    r = await asyncio.gather(outer, return_exceptions=True)
    print(r)

asyncio.run(main())
