import asyncio, logging
logging.basicConfig(format="%(levelname)s %(name)s %(funcName)s: %(message)s")
async def boom():
    raise ValueError("lost")
async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    del t
    await asyncio.sleep(0.1)
    print("end")
asyncio.run(main())
