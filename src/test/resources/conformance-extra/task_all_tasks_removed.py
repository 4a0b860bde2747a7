import asyncio

async def do_some_work(x):
    print('Waiting: ', x)
    await asyncio.sleep(x)
    return 'Done after {}s'.format(x)

tasks = [asyncio.ensure_future(do_some_work(x)) for x in (1, 2, 4)]
loop = asyncio.get_event_loop()
start = loop.time()
try:
    loop.run_until_complete(asyncio.wait(tasks, timeout=1.5))
    print(asyncio.Task.all_tasks())
except AttributeError as e:
    print("AttributeError:", e)
for task in asyncio.all_tasks(loop):
    print(task.cancel())
loop.stop()
loop.run_forever()
print([t.cancelled() for t in tasks], [t.done() for t in tasks])
loop.close()
