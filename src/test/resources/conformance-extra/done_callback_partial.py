import asyncio, functools

async def test(x):
    return x + 3

def callback(t, future):
    print('Callback: ', t, future.result())

coroutine = test(5)
loop = asyncio.get_event_loop()
task = loop.create_task(coroutine)
task.add_done_callback(functools.partial(callback, 2))
loop.run_until_complete(task)
print(task.result())
