# Generators: iteration, send, throw, close, yield from with return values, generator expressions.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = f"caught {e}"
        except GeneratorExit:
            print("closing echo")
            raise

e = echo()
print(next(e), e.send("hi"), e.throw(ValueError("bad")), e.send(5))
e.close()
print(e.gi_running, e.gi_frame)

def inner():
    x = yield 1
    y = yield x * 10
    return x + y

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield result

o = outer()
print(next(o), o.send(2), o.send(3))

def delegating_throw():
    try:
        yield from inner()
    except KeyError as err:
        yield f"outer caught {err!r}"

dt = delegating_throw()
next(dt)
print(dt.throw(KeyError("k")))

squares = (i * i for i in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
print(list(x for x in "abc" if x != "b"), max(len(w) for w in ["a", "abc", "ab"]))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])

def stop_inside():
    yield 1
    raise StopIteration("oops")

try:
    list(stop_inside())
except RuntimeError as err:
    print("RuntimeError", err, repr(err.__cause__))

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ie = ignore_exit()
next(ie)
try:
    ie.close()
except RuntimeError as err:
    print("RuntimeError", err)

def gen_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")

gf = gen_finally()
next(gf)
gf.close()
print(list(zip(countdown(3), "xyz")), dict(enumerate(countdown(2))))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))

class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Countdown(3)), sorted(Countdown(4)))
