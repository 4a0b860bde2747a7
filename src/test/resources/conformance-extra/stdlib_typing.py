import asyncio
from typing import (List, Dict, Tuple, Set, Optional, Union, Any, Callable, Awaitable, Coroutine, AsyncIterator,
                    AsyncGenerator, Iterable, Iterator, Generator, TypeVar, Generic, Protocol, NamedTuple, TypedDict,
                    Final, ClassVar, Literal, cast, TYPE_CHECKING, overload)
import typing
T = TypeVar('T')
print(List[int], Dict[str, int], Tuple[int, ...], Set[str], Optional[int], Union[int, str], Union[int, None])
print(Callable[[int, str], Awaitable[None]], Callable[..., Coroutine[Any, Any, int]], List, Any, T)
print(AsyncIterator[int], Literal['a', 1], Final[int], ClassVar[List[int]], typing.Optional[List[Dict[str, Any]]])
print(cast(int, "x"), TYPE_CHECKING, List[int] == List[int], Union[int, Union[str, int]])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int]()
s.push(3); print(s.items, Stack[int])
class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(1)
print(p, p.x, p[1], p == (1, 0), p._asdict(), p._replace(y=5), Point._fields)
a, b = p
print(a, b)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="Up", year=2009); print(m, type(m))
class Greeter(Protocol):
    def greet(self) -> str: ...
async def fetch(n: int) -> Dict[str, int]:
    await asyncio.sleep(0.1)
    return {"n": n}
async def main() -> None:
    results: List[Dict[str, int]] = await asyncio.gather(*(fetch(i) for i in range(3)))
    print(results)
    print(fetch.__annotations__)
asyncio.run(main())
MAX: Final = 5
print(__annotations__)
try:
    Greeter()
except TypeError as e:
    print(e)
try:
    List()
except TypeError as e:
    print(e)
print(typing.get_type_hints(Point))
