# gather and wait both run awaitables concurrently, but answer differently:
# gather returns the results, in the order you passed the awaitables;
# wait returns two sets of tasks, (done, pending), and can stop early.
import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    print(f"  {name} finished")
    return f"{name}.zip"


async def main():
    print("gather: coroutines in, results out")
    results = await asyncio.gather(download("big", 0.3), download("small", 0.1))
    print("  results:", results)  # ['big.zip', 'small.zip']: order of the call

    print("wait: tasks in, (done, pending) out")
    tasks = [asyncio.create_task(download(name, s)) for name, s in [("big", 0.3), ("small", 0.1)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"  first round: {len(done)} done, {len(pending)} pending")
    # Sets have no order: go through our own list to print results stably.
    print("  done so far:", [t.result() for t in tasks if t in done])

    done, pending = await asyncio.wait(pending)  # default: ALL_COMPLETED
    print(f"  second round: {len(done)} done, {len(pending)} pending")
    print("  all results:", [t.result() for t in tasks])

    # wait insists on tasks or futures; bare coroutines are refused.
    coro = download("bare", 0.1)
    try:
        await asyncio.wait([coro])
    except TypeError as error:
        print("wait with a coroutine:", error)
    coro.close()  # we never ran it; close it so Python does not warn


asyncio.run(main())
