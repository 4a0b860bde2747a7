import asyncio
import collections
import collections.abc as c
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
print(collections.abc is c, c.Awaitable.__module__)
print(c.AsyncIterator[int], c.Callable[[int], str], c.Callable[..., Awaitable[int]], c.Awaitable, isinstance([], c.Iterable), isinstance(3, c.Hashable), isinstance([], c.Hashable), isinstance({}, c.Mapping), isinstance([], c.Sequence), isinstance('s', c.Sequence), isinstance(iter([]), c.Iterator))
async def f(): pass
async def g(): yield 1
x = f(); print(isinstance(x, c.Awaitable), isinstance(x, c.Coroutine), isinstance(g(), c.AsyncIterator), isinstance(g(), c.AsyncGenerator), isinstance(len, c.Callable)); x.close()
print(isinstance(collections.deque(), c.MutableSequence), isinstance(collections.Counter(), c.Mapping), isinstance({}.keys(), c.KeysView), issubclass(list, c.Sized), isinstance(5, c.Iterable), issubclass(dict, c.MutableMapping))
class Ticker:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.1)
        return self.n
async def consume(src: AsyncIterator[int]) -> list:
    return [v async for v in src]
print(isinstance(Ticker(1), AsyncIterator), isinstance(Ticker(1), Iterable))
print(asyncio.run(consume(Ticker(3))))
from abc import ABC
class Plugin(ABC):
    pass
class Ext:
    pass
Plugin.register(Ext)
print(isinstance(Ext(), Plugin), issubclass(Ext, Plugin), isinstance(3, Plugin))
