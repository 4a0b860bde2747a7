from __future__ import annotations
import __future__
def f(a: Foo, b: list[int] = 3) -> None: pass
print(f.__annotations__)
x: Bar = 1
print(__annotations__)
class C:
    y: Baz
print(C.__annotations__)
print(__future__.annotations)
