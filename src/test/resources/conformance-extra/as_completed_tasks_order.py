import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name, d

async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2), ("d", 0.1)]]
    for coro in asyncio.as_completed(tasks):
        name, d = await coro
        print("done", name, d)
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("x", 0.2), ("y", 0.1)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], [t.get_name() for t in pending])
    for t in pending:
        t.cancel()
    print(await asyncio.gather(*pending, return_exceptions=True))
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.FIRST_COMPLETED)

asyncio.run(main())
