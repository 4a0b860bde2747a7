# Calling an async function does not run it: it only builds a coroutine object.
# The body runs when the object is awaited, or handed to the loop.
import asyncio


async def add(a, b):
    print(f"  add({a}, {b}) runs in {asyncio.current_task().get_name()}")
    await asyncio.sleep(0.1)
    return a + b


async def main():
    # Awaiting a coroutine runs it right here, inside the current task:
    # no new task appears on the timeline.
    total = await add(2, 3)
    print("awaited inside main:", total)
    # Two calls, two separate coroutine objects, each runs once.
    first, second = add(10, 1), add(20, 2)
    print("two objects, nothing printed yet")
    print("results:", await second, await first)


coro = add(1, 2)  # a call: nothing is printed here
print("after the call: no output from add")
print("type:", type(coro).__name__)
print("is a coroutine object:", asyncio.iscoroutine(coro))
print("add is a coroutine function:", asyncio.iscoroutinefunction(add))

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("run it:", loop.run_until_complete(coro))  # now the body runs, as Task-1

# A coroutine object is used up once it has run.
try:
    loop.run_until_complete(coro)
except RuntimeError as error:
    print("run it again:", error)

loop.run_until_complete(main())
loop.close()
