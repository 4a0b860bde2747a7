import asyncio, time

def blocking(n):
    time.sleep(n)
    return n * 10

async def main():
    loop = asyncio.get_running_loop()
    t = loop.time()
    r = await asyncio.gather(loop.run_in_executor(None, blocking, 0.5), asyncio.to_thread(blocking, 0.3))
    print(r, round(loop.time() - t, 1))

asyncio.run(main())
