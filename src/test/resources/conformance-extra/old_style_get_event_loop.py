import asyncio

async def hello(n):
    await asyncio.sleep(0.1 * n)
    print("hello", n)
    return n

loop = asyncio.get_event_loop()
tasks = [loop.create_task(hello(i)) for i in range(3)]
print(loop.run_until_complete(asyncio.gather(*tasks)))
print(loop.run_until_complete(asyncio.wait([loop.create_task(hello(5))])) is not None)
fut = asyncio.ensure_future(hello(1))
print(loop.run_until_complete(fut))
print(asyncio.get_event_loop() is loop)
loop.close()
