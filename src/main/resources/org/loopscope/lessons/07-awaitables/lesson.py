# What can follow `await`? A coroutine, a generator marked with
# @types.coroutine, any object whose __await__ returns an iterator, and
# futures (tasks included). Anything else is a TypeError.
import asyncio
import time
import types


async def native(seconds):
    await asyncio.sleep(seconds)
    return "a native coroutine"


@types.coroutine
def generator_based(seconds):
    # The old style: a generator that may `yield from` other awaitables.
    yield from asyncio.sleep(seconds)
    return "a generator marked with @types.coroutine"


class Alarm:
    # Any object can be awaitable: __await__ must return an iterator.
    def __init__(self, seconds):
        self.seconds = seconds

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return f"an object with __await__ ({self.seconds} s)"


async def looks_async_but_blocks(seconds):
    time.sleep(seconds)  # `async def` alone does not make a call non-blocking
    return "a coroutine that blocked the loop"


async def main():
    print("1:", await native(0.1))
    print("2:", await generator_based(0.1))
    print("3:", await Alarm(0.1))
    print("4:", await asyncio.create_task(native(0.1)), "(wrapped in a task)")
    print("5:", await looks_async_but_blocks(0.1))
    try:
        await 42
    except TypeError as error:
        print("6:", error)


asyncio.run(main())
