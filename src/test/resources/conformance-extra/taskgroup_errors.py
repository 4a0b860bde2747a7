import asyncio

async def job(n, fail=False):
    try:
        await asyncio.sleep(n / 10)
        if fail:
            raise ValueError(f"job {n} failed")
        print("job", n, "ok")
        return n
    except asyncio.CancelledError:
        print("job", n, "cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job(1))
        b = tg.create_task(job(2), name="bee")
    print(a.result(), b.result(), b.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, True))
            tg.create_task(job(3))
    except* ValueError as eg:
        print("errors:", [str(e) for e in eg.exceptions], repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1))
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body", eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, True))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        print("plain except", eg)
    print(repr(asyncio.TaskGroup()))

asyncio.run(main())
