# Tasks that await each other and a queue; every task step prints the name of the task that runs it.
import asyncio


async def producer(queue):
    me = asyncio.current_task().get_name()
    print(me)
    for i in range(3):
        await queue.put(i)
        print(me)
        await asyncio.sleep(0.1)
        print(me)
    await queue.put(None)
    print(me)


async def consumer(queue):
    me = asyncio.current_task().get_name()
    print(me)
    while True:
        item = await queue.get()
        print(me)
        if item is None:
            return
        await asyncio.sleep(0.05 * (item + 1))
        print(me)


async def main():
    me = asyncio.current_task().get_name()
    print(me)
    queue = asyncio.Queue(maxsize=1)
    done = asyncio.create_task(consumer(queue))
    await producer(queue)
    print(me)
    await done
    print(me)


asyncio.run(main())
