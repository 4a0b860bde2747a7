# CPython's side of `loopscope run conformance/09_cancel_task.py --cancel Task-2@0.02`: the same program with the
# intervention written in at the same point. Its output, from python3, is what loopscope must print.
import asyncio


def cancel(name):
    for task in asyncio.all_tasks():
        if task.get_name() == name:
            task.cancel()


# Seed: "stopping tasks" -- task.cancel() throws CancelledError into the task at its await.
import asyncio


async def sleeper(name):
    try:
        print(name, 'sleeping')
        await asyncio.sleep(10)
        print(name, 'woke up')
    except asyncio.CancelledError:
        print(name, 'was cancelled')
        raise
    finally:
        print(name, 'cleanup')


async def main():
    asyncio.get_running_loop().call_later(0.02, cancel, 'Task-2')  # --cancel Task-2@0.02
    task = asyncio.create_task(sleeper('t1'))
    await asyncio.sleep(0.05)
    print('cancel returns', task.cancel())
    print('cancelling', task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        print('main saw CancelledError')
    print(task.cancelled(), task.done())
    print('second cancel returns', task.cancel())


asyncio.run(main())
