import asyncio

async def main():
    a = [3, 1, 2]
    a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a)
    print(a.pop(), a.pop(0), a)
    a.remove(1); print(a, a.index(2), a.count(3))
    a.sort(); print(a); a.sort(reverse=True); print(a); a.reverse(); print(a)
    b = a.copy(); b.clear(); print(a, b)
    a[1:3] = ["x", "y", "z"]; print(a)
    del a[0]; print(a); del a[::2]; print(a)
    print([1, 2] + [3], [0] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3], [[]] * 2)
    d = {"a": 1, "b": 2}
    d["c"] = 3; print(d, d.get("z"), d.get("z", 0), d.keys(), d.values(), d.items())
    print(d.pop("a"), d.pop("zz", None), d.setdefault("d", 4), d, d.popitem(), d)
    d.update({"x": 9}, y=8); print(d, list(d), "x" in d, len(d))
    print(dict.fromkeys("ab", 0), {**d, "q": 1}, d | {"z": 0})
    for k, v in sorted(d.items()):
        print(k, v, end="; ")
    print()
    s = {1, 2, 3}
    s.add(4); s.discard(9); s.remove(1); print(s, s | {7}, s & {2, 3}, s - {2}, s ^ {3, 10})
    print(s.union([8]), s.intersection({2}), s.difference({2}), s.symmetric_difference({2, 5}), s.issubset({2, 3, 4, 5}), s.issuperset({2}), s.isdisjoint({99}))
    print(s.pop(), s, set(), {1} < {1, 2}, frozenset({1, 2}) == {1, 2})
    try:
        {}["missing"]
    except KeyError as e:
        print("KeyError", e, repr(e))
    try:
        [].pop()
    except IndexError as e:
        print(e)
    try:
        set().pop()
    except KeyError as e:
        print(repr(e))
    print({1: "a", 2: [1, {3: (4,)}]}, {(1, 2): None}, {"k": 1.5, "j": -0.0}, (1,), ())
    nested = [1, [2, [3, [4]]]]
    nested[1][1].append(nested)
    print(nested)
    dd = {}
    dd["self"] = dd
    print(dd)

asyncio.run(main())
