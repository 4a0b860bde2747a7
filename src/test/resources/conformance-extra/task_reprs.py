# Task, future and handle reprs, task names, current_task, all_tasks, done callbacks, run_until_complete.
import asyncio


async def worker(n):
    await asyncio.sleep(n)
    return n * 2


def on_done(fut):
    print("done callback:", fut.result())


async def main():
    t = asyncio.create_task(worker(0.1), name="w1")
    print(t)
    await asyncio.sleep(0)
    print(t)
    t.add_done_callback(on_done)
    print(t)
    print(await t)
    print(t)
    print(asyncio.current_task())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    fut.set_result([1, "two"])
    print(fut, fut.result())
    h = loop.call_later(5, print, "never")
    print(h.cancelled())
    h.cancel()
    print(h.cancelled())
    t2 = asyncio.ensure_future(worker(0))
    t2.set_name(42)
    print(t2.get_name(), t2.get_coro().__name__, t2.done(), t2._state)
    await t2
    print(t2._state, t2.result(), t2.exception(), t2.cancelled())
    g = asyncio.gather(worker(0), worker(0.01))
    print(await g, g.done())


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(worker(0)))
loop.run_until_complete(main())
loop.close()
print(loop)
try:
    loop.run_until_complete(worker(0))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
