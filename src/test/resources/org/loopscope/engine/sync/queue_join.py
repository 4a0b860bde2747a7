# join() waits until task_done() was called for every item put; too many task_done() is a ValueError.
import asyncio


async def worker(q, name):
    while True:
        item = await q.get()
        print(name, 'got', item, str(q))
        await asyncio.sleep(0.1 * item)
        q.task_done()
        print(name, 'done with', item, str(q))


async def main():
    q = asyncio.Queue()
    print('join on empty queue returns', await q.join())
    for i in range(1, 5):
        q.put_nowait(i)
    print(str(q))
    workers = [asyncio.create_task(worker(q, f'w{n}')) for n in range(2)]
    await q.join()
    print('joined at', round(asyncio.get_running_loop().time() - t0, 1), str(q))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(str(q))
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)


t0 = 0.0


async def start():
    global t0
    t0 = asyncio.get_running_loop().time()
    await main()


asyncio.run(start())
