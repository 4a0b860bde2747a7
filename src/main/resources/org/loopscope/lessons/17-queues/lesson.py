# A queue hands work from producers to consumers. put() waits while the
# queue is full, get() waits while it is empty; task_done() and join()
# tell the producer side when every item has been handled.
import asyncio


async def baker(shelf, loaves):
    for n in range(1, loaves + 1):
        await asyncio.sleep(0.1)  # baking takes a moment
        await shelf.put(f"loaf {n}")  # waits if the shelf is full
        print(f"baker: loaf {n} on the shelf at {elapsed()} s ({shelf.qsize()} waiting)")
    print("baker: done baking")


async def seller(name, seconds, shelf):
    while True:
        loaf = await shelf.get()  # waits while the shelf is empty
        await asyncio.sleep(seconds)  # selling takes longer than baking
        print(f"{name}: sold {loaf} at {elapsed()} s")
        shelf.task_done()  # one item fully handled


def elapsed():
    return round(asyncio.get_running_loop().time() - start, 1)


async def main():
    global start
    start = asyncio.get_running_loop().time()
    shelf = asyncio.Queue(maxsize=2)  # room for two loaves only
    speeds = [("Ann", 0.5), ("Bob", 0.6)]  # seconds each seller needs per loaf
    sellers = [asyncio.create_task(seller(name, s, shelf)) for name, s in speeds]
    await baker(shelf, 6)
    await shelf.join()  # until task_done() was called for every loaf
    print("all sold at", elapsed(), "s")
    for task in sellers:  # the sellers loop forever: cancel them
        task.cancel()
    await asyncio.gather(*sellers, return_exceptions=True)
    print("sellers cancelled:", [t.cancelled() for t in sellers])


asyncio.run(main())
