# A for loop only finalizes a generator its header made; one kept elsewhere and handed out by a call goes on.
import asyncio


class Stream:
    def __init__(self):
        self.g = self._numbers()

    def _numbers(self):
        try:
            n = 0
            while True:
                yield n
                n += 1
        finally:
            print("stream closed")

    def get(self):
        return self.g


def fresh():
    try:
        yield from range(10)
    finally:
        print("fresh closed")


async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker closed")


async def main():
    s = Stream()
    for x in s.get():
        if x == 2:
            break
    print("first loop stopped at", x)
    for x in s.get():
        if x == 5:
            break
    print("second loop went on to", x)
    for x in fresh():
        if x == 3:
            break
    print("after fresh")
    kept = ticker()
    async for t in kept:
        if t == 1:
            break
    async for t in kept:
        if t == 3:
            break
    print("kept ticker at", t)
    await kept.aclose()
    g = (i * i for i in range(5))
    for v in g:
        if v > 3:
            break
    print("genexp left at", v, list(g))


asyncio.run(main())
print("end")
