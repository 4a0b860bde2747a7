import asyncio
import functools

class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def hello(self):
        return f"Base {self.name}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    @classmethod
    def make(cls, n):
        return cls(n)
    @staticmethod
    def util(x):
        return x * 2
    @property
    def upper(self):
        return self.name.upper()
    @upper.setter
    def upper(self, v):
        self.name = v.lower()

class Child(Base):
    def hello(self):
        return "Child+" + super().hello()
    def __eq__(self, other):
        return isinstance(other, Child) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __lt__(self, other):
        return self.name < other.name
    def __len__(self):
        return len(self.name)
    def __getitem__(self, i):
        return self.name[i]
    def __contains__(self, x):
        return x in self.name
    def __call__(self, *a, **k):
        return (a, k)
    def __bool__(self):
        return True
    def __str__(self):
        return "child:" + self.name

class Plain:
    pass

class Slot:
    __slots__ = ("a",)

async def main():
    b = Base("x"); c = Child.make("y")
    print(b, c, b.hello(), c.hello(), Base.count, Child.util(3), c.upper)
    c.upper = "ZED"; print(c.name, str(c), repr(c), f"{c}", f"{c!r}", [c])
    print(c == Child("zed"), c != Child("a"), sorted([Child("b"), Child("a")]), len(c), c[0], "e" in c, c(1, k=2))
    print(isinstance(c, Base), issubclass(Child, Base), Child.__mro__, Child.__name__, Child.__bases__, type(c) is Child)
    p = Plain()
    print(repr(p)[:18], type(p), Plain, p.__class__.__name__, hasattr(p, "x"), getattr(p, "x", "dflt"))
    setattr(p, "x", 5); print(p.x, vars(p), p.__dict__); delattr(p, "x"); print(hasattr(p, "x"))
    try:
        p.missing
    except AttributeError as e:
        print(e)
    try:
        Base.missing
    except AttributeError as e:
        print(e)
    print({c: 1}, Base.hello(b), Child.hello.__qualname__, b.hello.__name__, Base.__dict__["count"] if "count" in Base.__dict__ else "")
    class Point:
        def __init__(self, x, y):
            self.x, self.y = x, y
        def __add__(self, o):
            return Point(self.x + o.x, self.y + o.y)
        def __repr__(self):
            return f"Point({self.x}, {self.y})"
        def __iter__(self):
            yield self.x
            yield self.y
    pt = Point(1, 2) + Point(3, 4)
    x, y = pt
    print(pt, x, y, list(pt), Point.__qualname__, Point.__init__.__qualname__)
    try:
        Point(1)
    except TypeError as e:
        print(e)
    print(object(), type(object()).__name__) if False else print(type(object()).__name__)
    class A:
        def who(self): return "A"
    class B(A):
        def who(self): return "B" + super().who()
    class C(A):
        def who(self): return "C" + super().who()
    class D(B, C):
        def who(self): return "D" + super().who()
    print(D().who(), [k.__name__ for k in D.__mro__])
    class Counter:
        def __init__(self): self.n = 0
        def __iadd__(self, k): self.n += k; return self
    cn = Counter(); cn += 5; print(cn.n)

asyncio.run(main())
