import asyncio
async def child():
    raise RuntimeError("child failed")
async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0)
    print(t.result())
asyncio.run(main())
