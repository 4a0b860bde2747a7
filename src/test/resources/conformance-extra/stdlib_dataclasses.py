import asyncio
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass
from typing import List, Optional

@dataclass
class Result:
    url: str
    status: int = 200
    elapsed: float = 0.0
    tags: List[str] = field(default_factory=list)

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

@dataclass
class Job:
    name: str
    priority: int = field(default=5, compare=False)
    done: bool = field(default=False, repr=False)
    note: Optional[str] = None
    def __post_init__(self):
        self.name = self.name.upper()

async def fetch(url, delay):
    await asyncio.sleep(delay)
    return Result(url, elapsed=delay, tags=["ok"] if delay < 0.3 else [])

async def main():
    results = await asyncio.gather(*(fetch(f"/u{i}", 0.1 * i) for i in range(1, 4)))
    for r in results:
        print(r)
    print(results[0] == Result("/u1", 200, 0.1, ["ok"]), results[0] == results[1], sorted(r.elapsed for r in results))
    print(asdict(results[0]), astuple(results[2]), [f.name for f in fields(Result)], is_dataclass(Result))
    print(replace(results[0], status=404))

asyncio.run(main())
v = Version(1, 2)
print(v, Version(1) < v, sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
j = Job("build")
print(j, j == Job("build", priority=1), Job.__init__.__qualname__)
try:
    Result()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print(e)
@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)
n = Node(1, [Node(2), Node(3)])
print(n, asdict(n))
print({Version(1): "one"}[Version(1)], Result.__match_args__)
match Version(3, 1):
    case Version(3, minor):
        print("v3 minor", minor)
