import asyncio

async def main():
    print(len("abc"), len([1, 2]), len({1: 2}), len(range(10)))
    print(list(range(3)), list(range(1, 10, 3)), list(range(10, 0, -3)), range(5), range(1, 5, 2))
    for i, c in enumerate("ab", start=1):
        print(i, c)
    print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
    print(list(map(lambda x: x * 2, [1, 2])), list(map(pow, [2, 3], [3, 2])))
    print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x > 1, [1, 2, 3])))
    print(sorted([3, 1, 2]), sorted("cba", reverse=True), sorted([(1, "b"), (0, "z")], key=lambda t: t[1]))
    print(list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed("abc")))
    print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), 10))
    print(min(3, 1, 2), max([1, 5, 2]), min("abc"), max([], default=7), min([3, 1], key=lambda x: -x))
    print(abs(-3), abs(-2.5), abs(True), round(2.5), round(3.5), round(2.675, 2), round(7, -1), round(1.23456, 3))
    print(round(-0.5), round(1e20), round(15, -1), round(25, -1), type(round(2.5)), type(round(2.5, 0)))
    print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int))
    print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, 0.5))
    print(chr(65), chr(0x1F600), ord("a"), ord("€"), format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"))
    print(any([]), all([]), any([0, 1]), all([1, 0]), any(x > 2 for x in range(4)))
    print(hash(1) == hash(1.0), hash("a") == hash("a"), type(id(3)))
    it = iter([1, 2])
    print(next(it), next(it), next(it, "end"))
    print(bool(0), bool([]), bool("x"), int("12"), int("  -7 "), int(3.9), int("ff", 16), int("0b101", 0), float("1e3"), float("inf"), float("-nan"))
    print(str(1.0), str(None), repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\x00é"))
    print(list("ab"), tuple([1]), dict(a=1, b=2), dict([(1, 2)]), set([1, 1, 2]), frozenset([1]))
    print(type(1), type("a"), type(None), type(main), type(print), type(type))

asyncio.run(main())
