# CPython's side of `loopscope run conformance/05_gather_order.py --cancel Task-2@0.12`: the same program with the
# intervention written in at the same point. Its output, from python3, is what loopscope must print.
import signal
import asyncio


def cancel(name):
    for task in asyncio.all_tasks():
        if task.get_name() == name:
            task.cancel()


# gather returns results in the order of its arguments, whatever order they finish in.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print('finished', name)
    return name.upper()


async def main():
    asyncio.get_running_loop().call_later(0.12, cancel, 'Task-2')  # --cancel Task-2@0.12
    results = await asyncio.gather(work('a', 0.15), work('b', 0.05), work('c', 0.1))
    print(results)


asyncio.run(main())
