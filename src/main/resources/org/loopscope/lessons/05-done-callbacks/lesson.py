# A done callback is a plain function the loop calls when a task finishes.
# It receives the finished task (a future) and reads the result from it.
# functools.partial lets the callback take extra arguments of our own.
import asyncio
import functools


async def square(x):
    await asyncio.sleep(0.2)
    return x * x


def announce(fut):
    # No task is running here: the loop itself calls us, between task steps.
    print("announce: result", fut.result(), "| inside a task:", asyncio.current_task() is not None)


def log_to(channel, fut):
    # partial fills in `channel`; the loop adds the future as the last argument.
    print(f"log_to[{channel}]: result {fut.result()}")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
task = loop.create_task(square(7))
task.add_done_callback(announce)
task.add_done_callback(functools.partial(log_to, "screen"))
print("two callbacks registered, nothing has run yet")

loop.run_until_complete(task)  # the callbacks run as soon as the task is done
print("after the run:", task.result())

# A callback added to a finished task is not called at once: the loop
# schedules it and calls it the next time it runs.
task.add_done_callback(functools.partial(log_to, "late"))
print("late callback registered")
loop.run_until_complete(asyncio.sleep(0))

# A callback can be taken back before the task finishes.
other = loop.create_task(square(3))
other.add_done_callback(announce)
print("removed callbacks:", other.remove_done_callback(announce))
print("other:", loop.run_until_complete(other))
loop.close()
