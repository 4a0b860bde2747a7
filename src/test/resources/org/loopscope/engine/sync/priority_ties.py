# Items equal in priority come out in the order heapq's sifting gives, not in insertion order.
import asyncio


class Item:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f'{self.priority}{self.name}'


async def main():
    pq = asyncio.PriorityQueue()
    for priority, name in [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (2, 'e'), (1, 'f'), (2, 'g'), (1, 'h')]:
        await pq.put(Item(priority, name))
    print(str(pq))
    order = []
    while not pq.empty():
        order.append(await pq.get())
        print(str(pq))
    print(order)


asyncio.run(main())
