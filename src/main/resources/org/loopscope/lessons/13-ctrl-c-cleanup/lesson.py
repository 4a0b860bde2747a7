# Ctrl+C raises KeyboardInterrupt, which stops the loop at once and leaves
# the other tasks pending. A clean exit cancels them, runs the loop once more
# so they can react and clean up, and only then closes the loop.
# Here a task raises KeyboardInterrupt itself after 1 s to play the user;
# in Loopscope you can also press "Send Ctrl+C" at any moment.
import asyncio


async def sensor(name, every):
    readings = 0
    try:
        while True:
            await asyncio.sleep(every)
            readings += 1
    finally:  # runs on cancellation too
        print(f"{name}: stopped after {readings} readings, port closed")


async def main():
    asyncio.create_task(sensor("thermometer", 0.3))
    asyncio.create_task(sensor("barometer", 0.4))
    await asyncio.sleep(1.0)
    print("-- Ctrl+C --")
    raise KeyboardInterrupt  # what the terminal does when you press Ctrl+C


def by_name(task):
    return task.get_name()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    loop.run_until_complete(main())
except KeyboardInterrupt:
    print("caught KeyboardInterrupt; loop running:", loop.is_running())
    leftovers = sorted(asyncio.all_tasks(loop), key=by_name)  # a set: sort it
    print("still pending:", [t.get_name() for t in leftovers])
    for task in leftovers:
        task.cancel()
    # Run the loop again until every cancelled task has finished its cleanup.
    outcome = loop.run_until_complete(asyncio.gather(*leftovers, return_exceptions=True))
    print("outcome:", [type(x).__name__ for x in outcome])
finally:
    loop.close()
    print("loop closed:", loop.is_closed())
