import asyncio, inspect, statistics as st, textwrap, functools
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def per(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
class Half(Shape):
    def area(self): return 1
class Square(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def per(self): return 4 * self.s
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Square(3).describe(), isinstance(Square(2), Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Fetcher(ABC):
    @abstractmethod
    async def fetch(self, url): ...
class Fake(Fetcher):
    async def fetch(self, url):
        await asyncio.sleep(0.1)
        return url.upper()
async def f(): pass
async def g(): yield 1
def h(): yield 1
class W:
    async def m(self): pass
    def __await__(self): yield
c = f()
print(inspect.iscoroutinefunction(f), inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isasyncgenfunction(g), inspect.isgeneratorfunction(h), inspect.isfunction(f), inspect.isclass(int), inspect.ismethod(W().m), inspect.iscoroutinefunction(W().m), inspect.iscoroutinefunction(h), inspect.isawaitable(W()), inspect.isawaitable(3), inspect.iscoroutinefunction(functools.partial(f)))
c.close()
print(inspect.signature(lambda a, b=1, *c, d, **e: 0), inspect.signature(Square), inspect.isasyncgen(g()), inspect.isgenerator(h()))
print(st.mean([1,2,3,4]), st.mean([1.5, 2.5]), st.mean([1, 2, 3]), st.median([3,1,2]), st.median([1,2,3,4]), st.mode([1,1,2]), st.stdev([1,2,3,4]), st.pstdev([1,2,3,4]), st.variance([1,2,3,4]), st.variance([1, 3]), st.fmean([1,2]), st.median_low([1,2,3,4]), st.median_high([1,2,3,4]), st.quantiles([1,2,3,4,5,6,7,8]))
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
print(st.mean([0.1, 0.2, 0.3]), st.stdev([0.1, 0.25, 0.4]), st.harmonic_mean([1, 2, 4]), st.multimode("aabbc"), st.pvariance([1.5, 2.5, 2.5]))
text = "Loopscope runs ordinary asyncio programs on its own event loop in virtual time and draws every task on a timeline."
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 40), "|", textwrap.dedent("    a\n      b\n    c"), "|", textwrap.indent("x\ny\n", "> "))
async def main():
    latencies = []
    async def timed(i):
        await Fake().fetch(f"/u{i}")
        await asyncio.sleep(0.05 * i)
        latencies.append(0.1 + 0.05 * i * i)
    await asyncio.gather(*(timed(i) for i in range(5)))
    print(sorted(latencies), st.mean(latencies), st.median(latencies), round(st.stdev(latencies), 6))
asyncio.run(main())
