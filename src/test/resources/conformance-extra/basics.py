# Arithmetic, strings, f-strings, slicing, unpacking, comparisons, walrus, lambda, del.
a, b = 7, 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a // b, -a % b)
print(2 ** 100, 10 ** 20 // 3, (2 ** 64) % 1000)
print(1.5 + 2, 0.1 + 0.2, 1e300 * 10, round(2.675, 2), 7 / 2)
s = "hello world"
print(s[1:4], s[::-1], s[-3:], s[:100], s[::2])
print(f"{a} + {b} = {a + b}", f"{3.14159:.2f}", f"{42:>6}|{'x':<3}|", f"{a=}", f"{s!r}")
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, (y, z) = 1, (2, 3)
print(first, rest, init, last, x, y, z)
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2, "a" < "b" <= "b")
if (n := len(s)) > 5:
    print("long", n)
sq = lambda v, p=2: v ** p
print(sq(4), sq(2, p=5), (lambda *args, **kw: (args, kw))(1, 2, k=3))
lst = [5, 3, 1, 4]
del lst[1]
print(lst, sorted(lst), lst[::-1], lst * 2, [0] * 3)
d = {"x": 1}
d["y"] = 2
del d["x"]
print(d, list(d.items()), {**d, "z": 3}, [*lst, *"ab"])
t = (1,)
print(t, (), tuple([1, 2]), set(), {1, 2} | {3}, not [], not 0.0)
print(True + True, 3 if a > b else 4, a and b, 0 or "default", None is None, 1 is not None)
print(divmod(17, 5), abs(-3), max([1, 5, 2]), min(4, 2, 8), sum(range(10)), pow(2, 10, 1000))
print("-".join(["a", "b", "c"]), "a,b".split(","), " pad ".strip(), "Title".upper(), "x".center(5, "*"))
print(isinstance(1, int), isinstance(True, int), type(1.0).__name__, int("42") + float("1.5"), str(3) * 2)
counter = 0
for i in range(3):
    counter += i
else:
    print("loop done", counter)
while counter:
    counter -= 1
    if counter == 1:
        break
else:
    print("not reached")
print("after while", counter)
g = 10
def bump():
    global g
    g += 1
bump()
print(g)
def outer():
    v = 0
    def inner():
        nonlocal v
        v += 5
        return v
    inner()
    return inner()
print(outer())
m = [[1, 2], [3, 4]]
m[1][0] += 10
obj = type("Obj", (), {})()
obj.n = 1
obj.n += 1
print(m, obj.n)
print([x * y for x in range(3) for y in range(3) if x != y], {v % 3 for v in range(10)})
print(list(map(str, range(3))), list(filter(None, [0, 1, 2])), list(zip("ab", [1, 2], strict=True)))
print(list(enumerate("xy", 1)), list(reversed([1, 2, 3])), any([0, 1]), all([]))
print(f"{'nested ' + f'{1 + 1}'}", f"{{braces}}", f"{10:#x} {255:08b} {1234567:,} {0.5:.1%}")
