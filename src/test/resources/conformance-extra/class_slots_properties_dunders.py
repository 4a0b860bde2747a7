import asyncio

class Meta:
    pass

class Registry:
    items = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Registry.items.append(cls.__name__)

class A(Registry): pass
class B(A): pass

class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"Vec{self.c}"
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __mul__(self, k): return Vec(*(x * k for x in self.c))
    __rmul__ = __mul__
    def __neg__(self): return Vec(*(-x for x in self.c))
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __getitem__(self, i): return self.c[i]
    def __len__(self): return len(self.c)
    def __iter__(self): return iter(self.c)
    def __lt__(self, o): return abs(self) < abs(o)

def deco(cls):
    cls.tag = "decorated"
    return cls

@deco
class Tagged:
    """Doc of Tagged."""

async def main():
    print(Registry.items, type(A).__name__, isinstance(A, type))
    d = Dyn()
    print(d.xray, getattr(d, "xy", None))
    try:
        d.other
    except AttributeError as e:
        print(e)
    d.n = 5; d.s = "s"; print(d.n, d.s, vars(d))
    s = Slotted()
    print(s.a, hasattr(s, "b"))
    try:
        s.c = 3
    except AttributeError as e:
        print("slots:", e)
    v = Vec(3, 4)
    print(v * 2, 2 * v, -v, abs(v), v[0], len(v), list(v), v == Vec(3, 4), {v: 1}[Vec(3, 4)], sorted([Vec(5, 5), v]), max(Vec(1, 1), v))
    print(Tagged.tag, Tagged.__doc__, Tagged.__name__, Tagged.__module__)
    class Temp:
        x = 1
        y = [x * i for i in range(3)] if False else None
        def method(self):
            return __class__
    print(Temp().method() is Temp, Temp.__qualname__)
    print(type("Made", (Vec,), {"extra": 1})(1, 2), type(Vec).__name__)
    class P:
        @property
        def value(self):
            return 42
    p = P()
    try:
        p.value = 1
    except AttributeError as e:
        print(e)
    print(callable(p), callable(P), callable(print), callable(1))
    class WithCall:
        def __call__(self, x): return x + 1
    print(list(map(WithCall(), [1, 2])))
    print(object.__repr__(p)[:10] == "<__main__.", str(P)[:8])
    class E(Exception):
        def __init__(self, a, b):
            super().__init__(a)
            self.b = b
    try:
        raise E("msg", 2)
    except E as e:
        print(e, e.args, e.b, repr(e))
    class Ctx:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
    with Ctx() as c:
        raise ValueError("swallowed")
    print("after with")
    with Ctx(), Ctx() as c2:
        print("two")

asyncio.run(main())
