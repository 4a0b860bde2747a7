# Variant "gather": asyncio.gather(*tasks) waits for all of them and returns
# their results directly, in the order the tasks were passed.
import asyncio

FILES = [("big", 0.3), ("small", 0.1), ("medium", 0.2)]


async def download(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} finished")
    return f"{name}.zip"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
tasks = [loop.create_task(download(name, s)) for name, s in FILES]
results = loop.run_until_complete(asyncio.gather(*tasks))
print(f"{len(results)} results")
print("results:", results)
loop.close()
