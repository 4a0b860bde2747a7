# asyncio.run closes the async generators still open when main returns (loop.shutdown_asyncgens), each as a
# task, so the next run's task names go on from there.
import asyncio

kept = []


async def stream(name):
    try:
        n = 0
        while True:
            yield f"{name}-{n}"
            n += 1
            await asyncio.sleep(0.01)
    finally:
        print("closing", name, asyncio.current_task().get_name())


async def main():
    a = stream("a")
    kept.append(a)
    print(await a.__anext__(), await anext(a))
    b = stream("b")
    print(await b.asend(None))
    await b.aclose()
    print(asyncio.current_task().get_name())


async def again():
    print("second run in", asyncio.current_task().get_name())
    s = stream("c")
    print(await anext(s))
    await s.aclose()
    print("closed c by hand")


asyncio.run(main())
print("between runs")
asyncio.run(again())
