# Two ways to give up on slow work: asyncio.wait_for(aw, timeout) runs the
# awaitable as a task of its own and cancels it when time is up;
# `async with asyncio.timeout(delay)` cancels the current task's await in
# place. Either way the caller sees TimeoutError and the work is cancelled.
import asyncio


async def slow_answer(seconds):
    try:
        await asyncio.sleep(seconds)
        return f"answer after {seconds} s"
    except asyncio.CancelledError:
        print(f"  slow_answer({seconds}) cancelled at {elapsed()} s")
        raise


def elapsed():
    return round(asyncio.get_running_loop().time() - start, 1)


async def main():
    global start
    start = asyncio.get_running_loop().time()

    print("wait_for, in time:", await asyncio.wait_for(slow_answer(0.2), timeout=1.0))
    try:
        await asyncio.wait_for(slow_answer(3.0), timeout=0.5)
    except TimeoutError:
        print("wait_for gave up at", elapsed(), "s")

    try:
        async with asyncio.timeout(0.5):  # a deadline for the whole block
            print("timeout block:", await slow_answer(0.2))
            print("timeout block:", await slow_answer(0.2))
            print("timeout block:", await slow_answer(0.2))  # never printed
    except TimeoutError:
        print("timeout block gave up at", elapsed(), "s")

    async with asyncio.timeout(0.5) as deadline:
        deadline.reschedule(None)  # no deadline after all
        print("rescheduled block:", await slow_answer(1.0))
    print("expired?", deadline.expired())


asyncio.run(main())
