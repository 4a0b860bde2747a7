import asyncio

async def work(d, name):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled after timeout")
        raise
    finally:
        print(name, "cleanup")

async def main():
    try:
        await asyncio.wait_for(work(2, "A"), timeout=1)
    except asyncio.TimeoutError as e:
        print("A timed out", type(e).__name__)
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.5) as cm:
            await work(1, "B")
    except TimeoutError:
        print("B timed out at", round(loop.time() - start, 1), cm.expired())
    async with asyncio.timeout(1) as cm:
        cm.reschedule(loop.time() + 3)
        print(await work(2, "C"))
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError as e:
        print("outer sees", type(e).__name__, repr(e.__cause__), e.__context__ is not None)
    t = asyncio.create_task(work(1, "D"))
    done, pending = await asyncio.wait([t], timeout=0.5)
    print(len(done), len(pending), t.done())
    print(await t)
    try:
        await asyncio.wait_for(asyncio.shield(work(0.5, "E")), 0.1)
    except TimeoutError:
        print("E shield timed out")
    await asyncio.sleep(1)

asyncio.run(main())
