import asyncio

async def important():
    try:
        await asyncio.sleep(0.3)
        print("important finished")
        return "saved"
    except asyncio.CancelledError:
        print("important cancelled?!")
        raise

async def runner():
    return await asyncio.shield(important_task)

async def tg_child(n):
    try:
        await asyncio.sleep(n)
        print("tg child", n, "done")
    except asyncio.CancelledError:
        print("tg child", n, "cancelled")
        raise

async def main():
    global important_task
    important_task = asyncio.create_task(important())
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print("runner cancelled")
    print(await important_task)
    async def group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(tg_child(0.1))
            tg.create_task(tg_child(1))
    g = asyncio.create_task(group())
    await asyncio.sleep(0.2)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("group cancelled from outside")
    try:
        async with asyncio.timeout(0.15):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(tg_child(0.1))
                tg.create_task(tg_child(1))
    except TimeoutError:
        print("timeout around group")

asyncio.run(main())
