# CPython's side of `loopscope run conformance/17_taskgroup.py --cancel Task-3@0.015`: the same program with the
# intervention written in at the same point. Its output, from python3, is what loopscope must print.
import asyncio


def cancel(name):
    for task in asyncio.all_tasks():
        if task.get_name() == name:
            task.cancel()


# Structured concurrency: a TaskGroup waits for all children and cancels siblings on failure.
import asyncio


async def child(n, fail=False):
    try:
        await asyncio.sleep(0.01 * n)
        if fail:
            raise RuntimeError('child %d failed' % n)
        print('child', n, 'ok')
        return n
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise


async def main():
    asyncio.get_running_loop().call_later(0.015, cancel, 'Task-3')  # --cancel Task-3@0.015
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child(1))
        b = tg.create_task(child(2))
    print('results', a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2, fail=True))
            tg.create_task(child(5))
    except* RuntimeError as eg:
        print('group failed:', [str(e) for e in eg.exceptions])


asyncio.run(main())
