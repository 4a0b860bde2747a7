# Variant "wait": asyncio.wait(tasks) waits for all the tasks and returns
# two sets, (done, pending). The results stay inside the tasks.
import asyncio

FILES = [("big", 0.3), ("small", 0.1), ("medium", 0.2)]


async def download(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} finished")
    return f"{name}.zip"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
tasks = [loop.create_task(download(name, s)) for name, s in FILES]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(f"{len(done)} done, {len(pending)} pending")
# `done` is a set: read the results through the list, in a stable order.
print("results:", [t.result() for t in tasks])
loop.close()
