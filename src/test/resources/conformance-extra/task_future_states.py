import asyncio

async def child(d):
    await asyncio.sleep(d)
    return d

async def boom():
    raise ValueError("x")

async def main():
    t = asyncio.create_task(child(1))
    print(t)
    print(repr(t.get_name()), t.done(), t.cancelled())
    await asyncio.sleep(0)
    print(t)
    t2 = asyncio.create_task(boom(), name="bomb")
    await asyncio.sleep(0)
    print(t2)
    print(repr(t2.exception()))
    t3 = asyncio.create_task(child(5))
    await asyncio.sleep(0)
    t3.cancel()
    print(t3)
    await asyncio.sleep(0)
    print(t3, t3.cancelled())
    try:
        t3.result()
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e))
    t4 = asyncio.create_task(child(2))
    t4.cancel(msg="bye")
    try:
        await t4
    except asyncio.CancelledError as e:
        print("cancel msg", e.args)
    print(t4)
    print(await t)
    print(t)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.add_done_callback(lambda fu: print("cb", fu))
    print(f)
    f.set_exception(KeyError("k"))
    print(f)
    await asyncio.sleep(0)
    f2 = loop.create_future(); f2.cancel(); print(f2)
    f3 = asyncio.Future(); f3.set_result(None); print(f3)
    c = child(0)
    print(c.__qualname__, c.cr_running)
    await c
    print(c.__qualname__, c.cr_running)
    t5 = asyncio.ensure_future(child(0))
    print(t5.get_coro().__name__, t5.get_loop() is loop)
    await t5
    print(t5.get_stack() if False else "", t5.result())
    t5.set_name("renamed"); print(t5)
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))

asyncio.run(main())
