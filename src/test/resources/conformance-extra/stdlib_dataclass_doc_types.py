import dataclasses, typing
@dataclasses.dataclass
class A:
    """Mine."""
    x: int
@dataclasses.dataclass
class B:
    x: int
    y: typing.Optional[typing.List[int]] = None
    z: "A" = None
    t: dataclasses.InitVar[int] = 0
    c: typing.ClassVar[int] = 3
print(A.__doc__, B.__doc__)
