# Without asyncio.run nobody cancels the tasks left pending: when the program ends, CPython destroys them
# (closing their coroutines, so finally blocks run) and reports "Task was destroyed but it is pending!".
import asyncio


async def waiter(i):
    try:
        await asyncio.Event().wait()
    finally:
        print("waiter", i, "finally")


async def sleeper(i):
    try:
        await asyncio.sleep(60)
    finally:
        print("sleeper", i, "finally")


async def main():
    for i in range(3):
        asyncio.create_task(waiter(i))
    await asyncio.sleep(0)
    print("main done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("loop closed")
