# CPython's side of `loopscope run conformance/04_blocking_vs_async_sleep.py --interrupt-at 0.3`: the same program with the
# intervention written in at the same point. Its output, from python3, is what loopscope must print.
import signal
# Seed: "await" -- time.sleep blocks the whole loop; asyncio.sleep lets the other tasks run.
import asyncio
import time


async def blocking(i):
    time.sleep(0.2)
    print('blocking', i, 'done')


async def cooperative(i):
    await asyncio.sleep(0.2)
    print('cooperative', i, 'done')


async def main():
    signal.signal(signal.SIGALRM, lambda *_: signal.raise_signal(signal.SIGINT))  # --interrupt-at 0.3:
    signal.setitimer(signal.ITIMER_REAL, 0.3)  # Ctrl+C in the middle of a blocking time.sleep
    start = time.time()
    await asyncio.gather(*[blocking(i) for i in range(3)])
    print('blocking total', round(time.time() - start, 1))
    start = time.time()
    await asyncio.gather(*[cooperative(i) for i in range(3)])
    print('cooperative total', round(time.time() - start, 1))


asyncio.run(main())
