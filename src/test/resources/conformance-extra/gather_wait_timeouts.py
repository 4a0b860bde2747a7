import asyncio

async def w(n, fail=False):
    await asyncio.sleep(n / 10)
    if fail:
        raise RuntimeError(f"fail {n}")
    print("w", n)
    return n

async def main():
    print(await asyncio.gather(w(3), w(1), w(2)))
    print(await asyncio.gather(w(1), w(2, True), return_exceptions=True))
    try:
        await asyncio.gather(w(1, True), w(2))
    except RuntimeError as e:
        print("gather raised", e)
    await asyncio.sleep(1)
    tasks = [asyncio.create_task(w(i)) for i in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    done, pending = await asyncio.wait(pending, timeout=0.15)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(pending)
    print(len(done), len(pending))
    ts = [asyncio.create_task(w(i, i == 2)) for i in (1, 2, 3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), len(pending))
    await asyncio.sleep(1)
    for coro in asyncio.as_completed([w(3), w(1), w(2)]):
        print("as_completed", await coro)
    try:
        for coro in asyncio.as_completed([w(5), w(1)], timeout=0.3):
            print("ac", await coro)
    except asyncio.TimeoutError:
        print("as_completed timeout")
    try:
        await asyncio.wait_for(w(5), timeout=0.1)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", repr(e))
    print(await asyncio.wait_for(w(1), timeout=1))
    s = asyncio.shield(w(2))
    print(await s)
    g = asyncio.gather()
    print(await g, g)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm")
    async with asyncio.timeout(None) as cm:
        print(cm, cm.when(), cm.expired())
    loop = asyncio.get_running_loop()
    async with asyncio.timeout_at(loop.time() + 5) as cm2:
        cm2.reschedule(None)
    print(cm2.expired())

asyncio.run(main())
