import asyncio

async def download(sem, i, log):
    async with sem:
        log.append(f"start {i} at {asyncio.get_running_loop().time() - T0:.1f}")
        await asyncio.sleep(1)
        log.append(f"end {i}")
        return i * i

T0 = 0

async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    sem = asyncio.Semaphore(3)
    log = []
    results = await asyncio.gather(*(download(sem, i, log) for i in range(7)))
    print(results)
    print("\n".join(log))
    lock = asyncio.Lock()
    order = []
    async def critical(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0.1)
            order.append(-n)
    await asyncio.gather(*[critical(i) for i in range(1, 4)])
    print(order)
    ev = asyncio.Event()
    async def waiter(n):
        print("waiter", n, "waiting")
        await ev.wait()
        print("waiter", n, "released")
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    ev.set()
    await asyncio.gather(*ws)

asyncio.run(main())
