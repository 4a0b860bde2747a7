import asyncio, functools
from functools import total_ordering, cached_property, singledispatch, partial
@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"
vs = [Version(1, 2), Version(1, 0), Version(2, 0)]
print(sorted(vs), Version(1, 2) >= Version(1, 0), Version(1, 0) > Version(1, 2), Version(2, 0) <= Version(2, 0), max(vs))
class Page:
    def __init__(self, url):
        self.url = url
        self.loads = 0
    @cached_property
    def content(self):
        self.loads += 1
        return self.url.upper()
p = Page("/home")
print(p.content, p.content, p.loads, "content" in p.__dict__)
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(True))
try:
    functools.nothing
except AttributeError as e:
    print(e)
async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(partial(print, "done:"))
    fut.set_result(1)
    await asyncio.sleep(0)
asyncio.run(main())
print(hasattr(functools, "total_ordering"), functools.reduce(lambda a, b: a + b, [1, 2, 3]))
