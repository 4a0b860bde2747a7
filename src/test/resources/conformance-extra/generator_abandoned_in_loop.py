# A generator made for a for loop is closed as soon as the loop is left early (break, return, an exception);
# an async generator left by async for has its aclose() scheduled on the loop.
import asyncio


def numbers(tag):
    try:
        for i in range(5):
            print(tag, "yields", i)
            yield i
    finally:
        print(tag, "finally")


def first_big(limit):
    for n in numbers("search"):
        if n > limit:
            return n
    return None


async def ticks(tag):
    try:
        for i in range(5):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print(tag, "async finally")


async def main():
    for n in numbers("break"):
        if n == 1:
            break
    print("after break loop")
    print("found", first_big(2))
    try:
        for n in numbers("raise"):
            if n == 2:
                raise ValueError("stop at 2")
    except ValueError as e:
        print("caught", e)
    for n in numbers("complete"):
        pass
    print("after complete loop")
    async for t in ticks("async-break"):
        if t == 1:
            break
    print("after async for")
    for i in range(3):
        await asyncio.sleep(0)
        print("tick", i)
    async for t in ticks("left-open"):
        if t == 0:
            break
    print("main returns")


asyncio.run(main())
print("end")
