import a
import a.b.c as d, e
from a import b
from a.b import c as d, e as f
from a import (b, c,)
from a import *
from . import x
from ..a import y
from ... import z
x = 1
a = b = c = 2
a, b = 1, 2
a, *b = [1, 2, 3]
[a, (b, c)] = f()
x.y = 1
x[0] = 1
x[1:2] = [3]
(a) = 1
(a, b), c = d
x, = y
x: int = 1
x: int
(y): int = 2
z.w: str = 'a'
q[0]: list
x += 1
x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6; x @= 7
x &= 1; x |= 2; x ^= 3; x <<= 4; x >>= 5
del x
del x, y[0], z.w
del (a, b), [c]
pass
assert x
assert x, "msg"
global_var = None
def f():
    global global_var
    x = 1
    def g():
        nonlocal x
        x = 2
    return x
def h():
    return
def r():
    raise
def r2():
    raise ValueError("x") from None
def r3(e):
    raise e
x = yield_ = 3
