import asyncio

def count(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            print("got", got)
        i += 1
    return "done"

def deleg():
    r = yield from count(2)
    print("deleg result", r)
    yield from [10, 20]
    return r

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

async def main():
    g = count(3)
    print(g.__class__.__name__, next(g), g.send("hi"), next(g))
    try:
        next(g)
    except StopIteration as e:
        print("stop", e.value)
    print(list(deleg()))
    f = fib()
    print([next(f) for _ in range(10)])
    gen = (x * x for x in range(5) if x % 2)
    print(list(gen), list(gen))
    def closing():
        try:
            yield 1
            yield 2
        finally:
            print("closing finally")
    c = closing()
    print(next(c)); c.close(); print("closed")
    def catcher():
        while True:
            try:
                yield
            except ValueError as e:
                print("caught in gen", e)
    ct = catcher(); next(ct); ct.throw(ValueError("boom")); ct.throw(ValueError("again"))
    try:
        ct.throw(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    def sq():
        x = yield
        while True:
            x = yield x * x
    s = sq(); next(s); print(s.send(3), s.send(4))
    print(sum(i for i in range(100)), max((len(w), w) for w in "a bb ccc".split()))
    it = iter(range(3)); print(list(zip(it, it)))
    def g2():
        yield 1
        return 7
    gg = g2()
    for v in gg:
        print("v", v)
    try:
        next(gg)
    except StopIteration as e:
        print("exhausted", e.value)
    def bad():
        yield 1
        raise StopIteration
    try:
        list(bad())
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
