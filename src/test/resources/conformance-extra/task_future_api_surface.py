import asyncio

async def work(x):
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Task(work(2), name="direct")
    print(t.get_name(), await t, isinstance(t, asyncio.Future), isinstance(t, asyncio.Task))
    f = asyncio.Future(loop=loop)
    loop.call_later(0.01, f.set_result, "ok")
    print(await f, asyncio.isfuture(f), asyncio.isfuture(work), asyncio.isfuture(t))
    print(type(t).__name__, type(f).__name__, asyncio.Task.__name__, asyncio.Future.__module__ if False else "")
    print(issubclass(asyncio.Task, asyncio.Future), asyncio.CancelledError.__mro__[1].__name__)
    print(asyncio.InvalidStateError.__mro__[1].__name__, asyncio.TimeoutError.__name__, asyncio.QueueEmpty.__mro__[1].__name__)
    print(asyncio.Handle.__name__, asyncio.TimerHandle.__name__, asyncio.AbstractEventLoop.__name__)
    h = loop.call_later(1, print)
    print(isinstance(h, asyncio.TimerHandle), isinstance(h, asyncio.Handle))
    h.cancel()
    t2 = loop.create_task(work(3), name="named")
    print(t2.get_name(), t2.done(), len(asyncio.all_tasks()))
    await t2
    st = t2.get_stack()
    print(st)
    print(asyncio.current_task() in asyncio.all_tasks(), t2 in asyncio.all_tasks())
    print(asyncio.get_event_loop() is loop, asyncio._get_running_loop() is loop)
    async def ag():
        yield 1
    print(asyncio.iscoroutinefunction(ag), asyncio.iscoroutinefunction(work), asyncio.iscoroutine(ag()))
    e = asyncio.CancelledError("m")
    print(repr(e), str(e), isinstance(e, BaseException), isinstance(e, Exception))
    print(repr(asyncio.TimeoutError()), repr(asyncio.InvalidStateError("x")))

asyncio.run(main())
