# A done callback wakes nothing by itself; tasks woken by an event and by another task. Every task step prints.
import asyncio


async def waiter(event):
    me = asyncio.current_task().get_name()
    print(me)
    await event.wait()
    print(me)


async def setter(event, first):
    me = asyncio.current_task().get_name()
    print(me)
    await first
    print(me)
    event.set()
    await asyncio.sleep(0)
    print(me)


async def quick():
    me = asyncio.current_task().get_name()
    print(me)
    await asyncio.sleep(0.1)
    print(me)


async def main():
    me = asyncio.current_task().get_name()
    print(me)
    event = asyncio.Event()
    first = asyncio.create_task(quick())
    tasks = [asyncio.create_task(waiter(event)) for _ in range(2)]
    tasks.append(asyncio.create_task(setter(event, first)))
    first.add_done_callback(lambda t: print("callback"))
    await asyncio.wait(tasks)
    print(me)


asyncio.run(main())
