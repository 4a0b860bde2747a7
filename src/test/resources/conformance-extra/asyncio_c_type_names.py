import asyncio
async def m():
    t = asyncio.current_task()
    try: t.foo
    except AttributeError as e: print(e)
    f = asyncio.get_running_loop().create_future()
    try: f.foo
    except AttributeError as e: print(e)
    try: asyncio.Future.bar
    except AttributeError as e: print(e)
    print(type(t), type(f), asyncio.Task, repr(type(t).__name__), type(t).__qualname__, type(t).__module__)
    try: len(t)
    except TypeError as e: print(e)
    try: t + 1
    except TypeError as e: print(e)
    loop = asyncio.get_running_loop()
    try: loop.foo
    except AttributeError as e: print(e)
    h = loop.call_soon(print)
    try: h.foo
    except AttributeError as e: print(e)
    try: asyncio.Lock().foo
    except AttributeError as e: print(e)
    c = asyncio.sleep(0)
    try: c.foo
    except AttributeError as e: print(e)
    await c
asyncio.run(m())
