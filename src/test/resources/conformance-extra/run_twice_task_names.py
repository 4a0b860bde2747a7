import asyncio

async def show():
    t = asyncio.current_task()
    print(t.get_name())
    sub = asyncio.create_task(asyncio.sleep(0))
    print(sub.get_name())
    await sub
    return t.get_name()

print(asyncio.run(show()))
print(asyncio.run(show()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(show()))
loop.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
async def nested():
    try:
        asyncio.run(show())
    except RuntimeError as e:
        print(e)
asyncio.run(nested())
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
async def w():
    return 1
coro = w()
print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(w), asyncio.iscoroutinefunction(print))
print(asyncio.run(coro))
print(asyncio.run(w(), debug=False))
