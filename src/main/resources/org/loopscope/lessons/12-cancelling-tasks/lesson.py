# task.cancel() asks a task to stop: at its next await it receives a
# CancelledError. The task can clean up (finally) and should let the error
# go on, so that it ends in the CANCELLED state.
import asyncio


async def download(name, seconds):
    print(f"{name}: downloading")
    try:
        await asyncio.sleep(seconds)
        print(f"{name}: complete")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled while waiting")
        raise  # re-raise: swallowing it would hide the cancellation
    finally:
        print(f"{name}: closing the connection")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    small = asyncio.create_task(download("small", 0.2))
    huge = asyncio.create_task(download("huge", 5))
    await asyncio.sleep(0.5)  # small finishes, huge is still waiting

    print("cancel() says", huge.cancel("user pressed Stop"))  # only a request
    print("cancelled yet?", huge.cancelled())  # False: it has not run since
    try:
        await huge
    except asyncio.CancelledError as error:
        print("main: huge was cancelled:", error)
    print("cancelled now?", huge.cancelled(), "| at", round(loop.time() - start, 1), "s")

    # A finished task cannot be cancelled any more.
    print("cancel a finished task:", small.cancel(), "| result:", small.result())


asyncio.run(main())
