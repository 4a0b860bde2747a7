# Writes floatfmt.txt for FloatFormatTest: random floats through random format specs and %-formats, and what
# CPython 3.11 prints. Run with: python3 floatfmt.py > floatfmt.txt
# Each line: repr(value), 'format' or 'mod' (a %-format), the spec, the result, separated by tabs.
import random

rng = random.Random(5)
for _ in range(2500):
    kind = rng.random()
    if kind < 0.3:
        x = rng.uniform(-1, 1) * 10 ** rng.randint(-12, 22)
    elif kind < 0.6:
        x = round(rng.uniform(-1000, 1000), rng.randint(0, 4))
    elif kind < 0.8:
        x = rng.randint(-10 ** 6, 10 ** 6) / 8
    else:
        x = rng.choice([0.5, 1.5, 2.5, 0.125, 0.375, 1e16, 9.995, 0.045, 1e-7, 123456789.0]) * rng.choice([1, -1])
    t = rng.choice('eEfFgG%n') if rng.random() < 0.85 else ''
    precision = '.%d' % rng.randint(0, 17) if rng.random() < 0.7 else ''
    flags = rng.choice(['', '+', ' ', '#', '0', ',', '_', '>12', '<12', '^12', '012', '=+14,', '*^15']) \
        if rng.random() < 0.5 else ''
    if t in 'nN' and (',' in flags or '_' in flags):
        flags = ''
    spec = flags + precision + t
    print('%r\tformat\t%s\t%s' % (x, spec, format(x, spec)))
    if t and t not in '%n' and ',' not in flags and '_' not in flags and '=' not in flags and '*' not in flags \
            and '^' not in flags and '<' not in flags and '>' not in flags:
        pct = '%' + flags + precision + t
        print('%r\tmod\t%s\t%s' % (x, pct, pct % x))
