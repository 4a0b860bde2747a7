import asyncio

async def work(n):
    try:
        await asyncio.sleep(n)
        print("work", n, "done")
        return n
    except asyncio.CancelledError:
        print("work", n, "cancelled")
        raise

async def interrupter():
    await asyncio.sleep(1.5)
    raise KeyboardInterrupt

async def request():
    tasks = [asyncio.ensure_future(work(i)) for i in range(1, 4)]
    tasks.append(asyncio.ensure_future(interrupter()))
    dones, pendings = await asyncio.wait(tasks)
    for t in dones:
        print("Task ret:", t.result())

task = asyncio.ensure_future(request())
loop = asyncio.get_event_loop()
try:
    loop.run_until_complete(task)
except KeyboardInterrupt as e:
    print("interrupted", len(asyncio.all_tasks(loop)))
    print(asyncio.gather(*asyncio.all_tasks(loop)).cancel())
    loop.stop()
    loop.run_forever()
finally:
    loop.close()
print(task.cancelled(), loop.is_closed())
