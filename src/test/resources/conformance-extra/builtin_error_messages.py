import asyncio
d = {1: 2, 3: 4}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
l = [1, 2, 3]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
try:
    {}.pop("x")
except KeyError as e:
    print(repr(e))
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    "abc".split("")
except ValueError as e:
    print(e)
try:
    int("12.5")
except ValueError as e:
    print(e)
try:
    float("1,5")
except ValueError as e:
    print(e)
try:
    "x" * "y"
except TypeError as e:
    print(e)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    f = None
    f()
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    del [][0]
except IndexError as e:
    print(e)
try:
    print(undefined)
except NameError as e:
    print(e, e.name)
try:
    import nonexistent
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from asyncio import nonexistent
except ImportError as e:
    print(type(e).__name__, e)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    -"a"
except TypeError as e:
    print(e)
try:
    [].append()
except TypeError as e:
    print(e)
try:
    x = 1
    x.foo = 2
except AttributeError as e:
    print(e)
try:
    asyncio.sleep()
except TypeError as e:
    print(e)
try:
    asyncio.gather(1)
except TypeError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
e = ValueError("note me")
e.add_note("a note")
print(e.__notes__)
try:
    raise TypeError("bad type") from KeyError("k")
except TypeError as err:
    print(repr(err.__cause__), err.__suppress_context__)
def gen():
    yield 1
g = gen()
next(g)
try:
    g.send(5); g.send(6)
except StopIteration:
    print("gen stopped")
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, round(-2.5), int(-3.9), 2 ** -1, (-2) ** 2, -2 ** 2)
print(0.1 + 0.2, 1.1 * 3, 3.3 / 1.1, 1e16 + 1, 2 ** 53 + 1.0, float(2 ** 64), int(1e18), 10 / 3)
