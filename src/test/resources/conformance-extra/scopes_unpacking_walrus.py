import asyncio

counter = 0

def bump():
    global counter
    counter += 1

def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add

async def main():
    bump(); bump(); print(counter)
    acc = make_acc(); acc(5); print(acc(10))
    fs = [lambda i=i: i * 10 for i in range(3)]
    print([f() for f in fs])
    a, *rest = [1, 2, 3, 4]; *init, last = "abc"; (p, q), r = (1, 2), 3
    print(a, rest, init, last, p, q, r)
    first, *_, end = range(10); print(first, end)
    x = [1, 2, 3, 4, 5, 6]
    print(x[1:4], x[::-2], x[-2:], x[:100], x[5:1], x[slice(1, 5, 2)])
    x[::2] = [0, 0, 0]; print(x)
    if (n := len(x)) > 3:
        print("walrus", n)
    data = [1, 2, 3]
    print([y for v in data if (y := v * 2) > 2], y)
    print({k: v for k, v in zip("abc", range(3))}, {v % 2 for v in range(5)}, [(i, j) for i in range(2) for j in range(i)])
    print([[j for j in range(i)] for i in range(3)])
    def kw(a, b=2, *args, c, d=4, **kwargs):
        return a, b, args, c, d, kwargs
    print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{"c": 0}))
    def posonly(a, /, b, *, c):
        return a + b + c
    print(posonly(1, b=2, c=3))
    try:
        posonly(a=1, b=2, c=3)
    except TypeError as e:
        print(e)
    try:
        kw(1)
    except TypeError as e:
        print(e)
    print((lambda *a, **k: (a, k))(1, z=2), (lambda: None)(), (lambda x: x)(5))
    print(1 if True else 2, not 1, 1 and 2, 0 or "x", None is None, 1 < 2 < 3, 3 > 2 > 4, "a" not in "b")
    i = 0
    while True:
        i += 1
        if i > 3:
            break
    else:
        print("never")
    for i in range(2):
        pass
    else:
        print("for else", i)
    del i
    try:
        print(i)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    def outer():
        v = 1
        def inner():
            return v
        v = 2
        return inner()
    print(outer())
    def shadow():
        try:
            print(counter2)
        except NameError as e:
            print(e)
    shadow()
    def unbound():
        print(zz)
        zz = 1
    try:
        unbound()
    except UnboundLocalError as e:
        print(e)
    print(main.__name__, main.__qualname__, bump.__module__, make_acc().__qualname__)

asyncio.run(main())
