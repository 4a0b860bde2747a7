# CPython's side of `loopscope run conformance/05_gather_order.py --interrupt-at 0.07`: the same program with the
# intervention written in at the same point. Its output, from python3, is what loopscope must print.
import signal
# gather returns results in the order of its arguments, whatever order they finish in.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print('finished', name)
    return name.upper()


async def main():
    asyncio.get_running_loop().call_later(0.07, signal.raise_signal, signal.SIGINT)  # --interrupt-at 0.07
    results = await asyncio.gather(work('a', 0.15), work('b', 0.05), work('c', 0.1))
    print(results)


asyncio.run(main())
