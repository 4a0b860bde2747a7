async def producer(queue):
     i in range(N):
        await queue.put(i)
    for _ in range(3):
        pass
