from __future__ import annotations
import dataclasses, typing
@dataclasses.dataclass
class A:
    x: int
    y: typing.List[int] = dataclasses.field(default_factory=list)
    z: str = "s"
    w: int = dataclasses.field(default=0, kw_only=True)
print(A.__doc__)
