# Writes intops.txt for IntArithmeticTest: random ints of every size through every int operator, and what
# CPython 3.11 answers. Run with: python3 intops.py > intops.txt
# Each line: a, operator (pow3 with its modulus), b, a tab, then repr(result) or !Type: message.
import random

rng = random.Random(11)


def number():
    bits = rng.choice([1, 3, 8, 31, 32, 33, 62, 63, 64, 65, 100, 200])
    n = rng.getrandbits(bits)
    return -n if rng.random() < 0.4 else n


ops = ['+', '-', '*', '//', '%', '/', '&', '|', '^', '<<', '>>', '**', 'divmod', 'pow3', 'hash', '==', '<']
for _ in range(3000):
    op = rng.choice(ops)
    a = number()
    b = number()
    if op in ('<<', '>>'):
        b = rng.randint(-2, 130)
    if op == '**':
        b = rng.randint(-3, 40)
    try:
        if op == 'divmod':
            r = divmod(a, b)
        elif op == 'pow3':
            b = abs(b) % 1000 * rng.choice([1, -1])
            m = rng.choice([7, 1000000007, -13, 2 ** 70 + 1])
            op = 'pow3 %d' % m
            r = pow(a, b, m)
        elif op == 'hash':
            r = hash(a)
        else:
            r = eval('a %s b' % op)
        text = repr(r)
    except Exception as e:
        text = '!%s: %s' % (type(e).__name__, e)
    print('%d %s %d\t%s' % (a, op, b, text))
