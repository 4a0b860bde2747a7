# Writes setops.txt for SetOrderTest: random sequences of set and dict operations on ints and what CPython 3.11
# shows afterwards (iteration order, pop results). Run with: python3 setops.py > setops.txt
# Each line: operations separated by spaces, a tab, the repr of the outcome.
#   aN add N, dN discard N, p pop (the popped value is recorded), uA,B,.. update from a list,
#   |A,B,.. &A,B,.. -A,B,.. ^A,B,..  replace the set by (set op set(list)), c copy, x clear,
#   DkN dict d[k] = N, Rk del d[k] (if present), P dict popitem.
import random

rng = random.Random(7)


def numbers():
    return [rng.choice([rng.randint(-20, 60), rng.randint(-10 ** 6, 10 ** 6), rng.randint(0, 8) * 64])
            for _ in range(rng.randint(0, 12))]


for _ in range(300):
    s = set()
    ops = []
    popped = []
    for _ in range(rng.randint(1, 40)):
        kind = rng.random()
        if kind < 0.45:
            n = rng.choice([rng.randint(-20, 60), rng.randint(-10 ** 6, 10 ** 6), rng.randint(0, 8) * 64])
            s.add(n)
            ops.append('a%d' % n)
        elif kind < 0.6 and s:
            n = rng.choice(sorted(s)) if rng.random() < 0.8 else rng.randint(-5, 5)
            s.discard(n)
            ops.append('d%d' % n)
        elif kind < 0.68 and s:
            popped.append(s.pop())
            ops.append('p')
        elif kind < 0.78:
            xs = numbers()
            s.update(xs)
            ops.append('u' + ','.join(map(str, xs)))
        elif kind < 0.94:
            op = rng.choice('|&-^')
            xs = numbers()
            other = set(xs)
            s = {'|': s | other, '&': s & other, '-': s - other, '^': s ^ other}[op]
            ops.append(op + ','.join(map(str, xs)))
        elif kind < 0.98:
            s = s.copy()
            ops.append('c')
        else:
            s.clear()
            ops.append('x')
    print(' '.join(ops) + '\t' + repr((list(s), popped)))

for _ in range(100):
    d = {}
    ops = []
    popped = []
    for _ in range(rng.randint(1, 60)):
        kind = rng.random()
        k = rng.randint(-10, 30)
        if kind < 0.6:
            v = rng.randint(0, 99)
            d[k] = v
            ops.append('D%d=%d' % (k, v))
        elif kind < 0.9:
            d.pop(k, None)
            ops.append('R%d' % k)
        elif d:
            popped.append(d.popitem())
            ops.append('P')
    print(' '.join(ops) + '\t' + repr((list(d.items()), popped)))
