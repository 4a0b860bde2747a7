x = a or b or c
x = a and b and c or d
x = not a
x = not not a
x = a if b else c
x = a if b else c if d else e
x = lambda: 0
x = lambda a, b=1, *c, d, **e: a
x = lambda *, a: a
x = lambda a, /, b: a
x = a < b
x = a < b <= c > d >= e == f != g
x = a in b
x = a not in b
x = a is b
x = a is not b
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = -a
x = +a
x = ~a
x = -2 ** 2
x = 2 ** -1
x = a ** b ** c
x = -a ** -b
x = await_ if False else 0
x = a.b.c
x = a[b]
x = a[b:c]
x = a[b:c:d]
x = a[::2]
x = a[:]
x = a[1:]
x = a[:-1]
x = a[1:2, 3]
x = a[1, 2]
x = a[1,]
x = a[*b]
x = a[b:=1]
x = f()
x = f(a)
x = f(a, b)
x = f(a, *b, c=1, **d)
x = f(*a, *b, **c, **d)
x = f(a=1, *b)
x = f(x for x in y)
x = f((x for x in y), 1)
x = f(a)(b)[c].d
x = f(a,)
x = f(y := 1)
x = (1)
x = (1,)
x = ()
x = (1, 2)
x = 1, 2
x = 1,
x = [1, 2, *a]
x = []
x = [x for x in y]
x = [x for x in y if x if z for w in x]
async def _acomp(y):
    return [x async for x in y]
x = {1, 2, *a}
x = {x for x in y}
x = {}
x = {1: 2, **d, 3: 4}
x = {k: v for k, v in items}
x = (x for x in y)
x = ((x, y) for x in a for y in b)
x = (y := 10)
x = [y := 1, y ** 2]
x = None
x = True
x = False
x = ...
x = 1
x = 0
x = 1_000_000
x = 0x1F
x = 0o17
x = 0b1010
x = 0XDEAD_BEEF
x = 1.5
x = 1.
x = .5
x = 1e10
x = 1.5e-3
x = 1E+3
x = 3j
x = 1.5J
x = 10 ** 100
x = 123456789012345678901234567890
x = 1 if x else 2
x = [1,
     2,
     3]
x = (a +
     b)
x = a + \
    b
x = f(
    a,
    b=2,
)
x = a.b(c).d[e](f)
x = -(-1)
x = not (a and b)
x = (a or b) and c
x = a[b][c]
x = print
x = (yield_thing)
x = [*a, *b]
x = {**a, 'b': 1}
x = (*a, *b)
