# Writes floats.txt: repr() of 1200 doubles drawn with a fixed seed, one per line, for FloatReprTest.
# Run with: python3 floats.py > floats.txt
import random
import struct

rng = random.Random(20240611)
values = []
for _ in range(400):  # any bit pattern: every exponent, subnormals, odd mantissas
    bits = rng.getrandbits(64)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if x == x and x not in (float('inf'), float('-inf')):
        values.append(x)
for _ in range(300):  # uniform in [0, 1) and scaled
    values.append(rng.random() * 10 ** rng.randint(-30, 30))
for _ in range(300):  # short decimals, as programs write them
    values.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
for _ in range(100):  # integers as floats, around the switch to exponent notation
    values.append(float(rng.randint(1, 9)) * 10.0 ** rng.randint(10, 20))
for _ in range(100):  # sums that do not round trip in few digits
    values.append(sum(rng.random() for _ in range(3)) / 3)
for x in values:
    print(repr(x))
