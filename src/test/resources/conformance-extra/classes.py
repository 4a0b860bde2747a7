# Classes: attributes, methods, inheritance, super(), properties, dunders, class/static methods, mangling.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    kind = "dog"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"

d = Dog("Rex", "lab")
print(d.speak(), d.kind, Animal.kind, Animal.count, d, [d])
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d) is Dog, Dog.__mro__)
print(Dog.__name__, Dog.__qualname__, d.__class__.__name__, Dog.__bases__)

class Point:
    __slots_like = "private"

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def helper(v):
        return v * 2

    def secret(self):
        return self.__slots_like

p = Point(1, 2) + Point(3, 4)
print(p, str(p), p == Point(4, 6), p != Point(0, 0), len(p), p[1], list(p), p.norm1)
print(Point.origin(), Point.helper(21), [str(q) for q in sorted([Point(2, 1), Point(1, 5)])], {Point(1, 1), Point(1, 1)} == {Point(1, 1)})
print(p.secret(), p._Point__slots_like, hasattr(p, "__slots_like"))
x, y = p
print(x, y, max(Point(1, 2), Point(1, 3)))

class Base:
    def who(self):
        return "Base"

class Left(Base):
    def who(self):
        return "Left>" + super().who()

class Right(Base):
    def who(self):
        return "Right>" + super().who()

class Diamond(Left, Right):
    def who(self):
        return "Diamond>" + super().who()

print(Diamond().who(), [c.__name__ for c in Diamond.__mro__])

class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("too cold")
        self._c = value

t = Temperature()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)

class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

try:
    raise MyError(42)
except MyError as e:
    print(repr(e), e, e.code, e.args, isinstance(e, Exception))

def decorate(cls):
    cls.tagged = True
    return cls

@decorate
class Tagged:
    pass

print(Tagged.tagged, Tagged().__class__.__name__)

class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n

cnt = Counter()
cnt()
print(cnt(), callable(cnt))

class Meta:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        cls.registered = cls.__name__

class Sub(Meta):
    pass

print(Sub.registered)
try:
    Point(1, 2).missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(p, "x"), getattr(p, "nope", "dflt"), vars(Point(5, 6)))
