# Parameters, defaults, keyword-only, *args/**kwargs, and CPython's messages when a call does not fit.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, c=3))

def g(x, y):
    return x - y

for call in [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, x=2), lambda: g(1, 2, z=3),
             lambda: f(), lambda: f(1), lambda: pos_only(a=1, b=2, c=3), lambda: g(), lambda: (lambda: 0)(1),
             lambda: f(1, 2, 3, 4, 5, c=1, c2=3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def h(a, b, c=3, *, d):
    pass

for call in [lambda: h(1), lambda: h(1, 2), lambda: h(1, 2, 3, 4, d=5), lambda: h(1, 2, 3, 4)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class K:
    def method(self, x):
        return x

try:
    K().method()
except TypeError as e:
    print("TypeError:", e)
try:
    K().method(1, 2)
except TypeError as e:
    print("TypeError:", e)

def make_counter():
    count = 0
    def incr(step=1):
        nonlocal count
        count += step
        return count
    return incr

c = make_counter()
c()
c(5)
print(c(), c.__name__, c.__qualname__)

def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper

@deco
def add(x, y):
    "Adds."
    return x + y

print(add(2, 3), add.__name__)

import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k) * 10
    return wrapper

@logged
def triple(x):
    "Triples."
    return 3 * x

print(triple(2), triple.__name__, triple.__doc__, triple.__wrapped__(2))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact(30))
depth = 0
def recurse():
    global depth
    depth += 1
    recurse()
try:
    recurse()
except RecursionError as e:
    print("RecursionError", e, depth)

def gen_defaults(x=[]):
    x.append(1)
    return len(x)

print(gen_defaults(), gen_defaults(), gen_defaults([]))
print(f.__defaults__, f.__kwdefaults__, (lambda: 1).__name__)
p = functools.partial(g, 10)
print(p(3), p(y=4), functools.reduce(lambda acc, v: acc + v, [1, 2, 3], 100))
