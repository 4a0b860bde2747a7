# put_nowait/get_nowait: QueueFull and QueueEmpty; str() of queues; FIFO, LIFO and priority (heap) order.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def main():
    q = asyncio.Queue(maxsize=2)
    print(r(q), q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait('a')
    q.put_nowait('b')
    print(str(q), q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(q.get_nowait(), q.get_nowait(), str(q))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    unbounded = asyncio.Queue(0)
    for i in range(5):
        unbounded.put_nowait(i)
    print(str(unbounded), unbounded.full())

    pq = asyncio.PriorityQueue()
    for n in [5, 1, 4, 1, 3, 9, 2, 6, 5, 3]:
        pq.put_nowait(n)
        print(str(pq))
    order = []
    while not pq.empty():
        order.append(pq.get_nowait())
        print(str(pq))
    print('priority order', order)

    lq = asyncio.LifoQueue(3)
    for n in [1, 2, 3]:
        await lq.put(n)
    print(str(lq), lq.full())
    print('lifo order', [await lq.get() for _ in range(3)])


asyncio.run(main())
