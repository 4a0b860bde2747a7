# A task wraps a coroutine so the loop can run it on its own, and it keeps
# the coroutine's state: pending while it runs or waits, then done.
import asyncio


def state(task):
    # The public questions a task answers about itself.
    if not task.done():
        return "pending"
    return "cancelled" if task.cancelled() else f"finished, result={task.result()}"


async def cook(dish, seconds):
    print(f"  {dish}: start ({asyncio.current_task().get_name()})")
    await asyncio.sleep(seconds)
    print(f"  {dish}: done")
    return f"{dish} served"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

soup = loop.create_task(cook("soup", 0.4))  # way 1: the loop's create_task
rice = asyncio.ensure_future(cook("rice", 0.2), loop=loop)  # way 2: ensure_future
print("created:", soup.get_name(), state(soup), "|", rice.get_name(), state(rice))
print("a task is a future:", isinstance(rice, asyncio.Future))
print("ensure_future returns a task unchanged:", asyncio.ensure_future(soup) is soup)

# Run the loop only until rice is done: soup has started but is still waiting.
loop.run_until_complete(rice)
print("after rice:", "soup", state(soup), "| rice", state(rice))

# Running the loop again lets soup finish.
loop.run_until_complete(soup)
print("after soup:", "soup", state(soup), "| rice", state(rice))
loop.close()
