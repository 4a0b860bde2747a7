# Several call_at callbacks with the very same deadline leave CPython's timer heap in heap order, not FIFO.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    for i in range(7):
        loop.call_at(now + 0.5, print, "A", i)
    handles = [loop.call_at(now + 1, print, "B", i) for i in range(6)]
    handles[2].cancel()
    handles[4].cancel()
    for i in range(3):
        loop.call_later(0.25, print, "later", i)
    loop.call_at(now + 0.25, print, "at 0.25")
    for i in range(5):
        loop.call_at(now + 1.5 - 0.5 * (i % 2), print, "C", i)
    await asyncio.sleep(2)
    print("done")


asyncio.run(main())
