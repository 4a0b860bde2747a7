import asyncio

async def long_result():
    return list(range(100))

async def long_str():
    return "x" * 200

async def nested():
    return {"a": [1, 2, {"b": (3, 4, [5, 6, [7, [8]]])}], "c": "y" * 50}

async def main():
    for coro in (long_result(), long_str(), nested()):
        t = asyncio.create_task(coro)
        await t
        print(t)
    f = asyncio.get_running_loop().create_future()
    f.set_result(list(range(30)))
    print(f)
    f2 = asyncio.get_running_loop().create_future()
    f2.set_exception(ValueError("v" * 100))
    print(f2)
    f2.exception()
    g = asyncio.gather(asyncio.sleep(0, "a" * 40))
    await g
    print(g)
    t = asyncio.create_task(asyncio.sleep(0.1, result={1, 2, 3}))
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)

asyncio.run(main())
