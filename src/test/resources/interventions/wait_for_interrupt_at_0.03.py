# CPython's side of `loopscope run conformance/11_wait_for_timeout.py --interrupt-at 0.03`: the same program with the
# intervention written in at the same point. Its output, from python3, is what loopscope must print.
import signal
# wait_for cancels the inner awaitable when the timeout expires.
import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
        return 'finished'
    except asyncio.CancelledError:
        print('slow was cancelled by the timeout')
        raise


async def main():
    asyncio.get_running_loop().call_later(0.03, signal.raise_signal, signal.SIGINT)  # --interrupt-at 0.03
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        print('timed out')
    print(await asyncio.wait_for(asyncio.sleep(0.01, result='quick'), timeout=1))


asyncio.run(main())
