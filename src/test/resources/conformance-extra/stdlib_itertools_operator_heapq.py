import asyncio, itertools, operator, heapq, bisect, string, copy
from itertools import count, cycle, repeat, islice, chain, product, permutations, combinations, groupby
from itertools import accumulate, zip_longest, starmap, takewhile, dropwhile, pairwise, tee
from operator import itemgetter, attrgetter, methodcaller
c = count(5); print(next(c), next(c), c, count(1, 2), repeat('x', 3), list(repeat(1, 2)))
print(list(islice(cycle("ab"), 5)), list(islice(count(), 2, 10, 3)), list(chain([1], (2, 3))), list(chain.from_iterable(["ab", "c"])))
print(list(product("ab", range(2))), list(product([0, 1], repeat=2)), list(permutations("abc", 2)), list(combinations(range(4), 3)))
print([(k, list(g)) for k, g in groupby("aaabccaa")], [(k, len(list(g))) for k, g in groupby(sorted([3, 1, 3, 2, 1]))])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(pairwise("abcd")))
a, b = tee([1, 2, 3]); print(list(a), list(b), list(itertools.compress("abc", [1, 0, 1])), list(itertools.filterfalse(None, [0, 1, 2])))
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 3}]
print(sorted(rows, key=itemgetter("n")), itemgetter(1, 0)("xy"), operator.add(2, 3), operator.mul("a", 3), itemgetter(1))
class P:
    def __init__(self, x): self.x = x; self.me = self
    def hi(self, n): return "hi" * n
print(attrgetter("x")(P(4)), attrgetter("me.x", "x")(P(5)), methodcaller("hi", 2)(P(1)), operator.neg(3), operator.truth([]))
h = []
for x in [5, 1, 4, 2, 3]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.nsmallest(2, [4, 1, 3]), heapq.nlargest(2, [4, 1, 3]))
data = [9, 3, 7, 1]; heapq.heapify(data); print(data, [heapq.heappop(data) for _ in range(4)])
s = [1, 3, 5]; bisect.insort(s, 4); print(s, bisect.bisect_left(s, 3), bisect.bisect(s, 3), bisect.bisect_right([1, 1], 1))
print(string.ascii_lowercase, string.digits, string.punctuation, string.ascii_letters[:30], string.capwords("hello  world"))
orig = {"a": [1, 2], "b": {"c": [3]}}; sh = copy.copy(orig); dp = copy.deepcopy(orig)
orig["a"].append(9); orig["b"]["c"].append(8)
print(sh, dp, copy.deepcopy(P(3)).x, copy.copy([1, [2]]))
async def job(prio, name, delay):
    await asyncio.sleep(delay)
    return (prio, name)
async def main():
    pq = []
    for r in await asyncio.gather(*(job(p, n, d) for p, n, d in [(3, "c", 0.1), (1, "a", 0.3), (2, "b", 0.2)])):
        heapq.heappush(pq, r)
    while pq:
        print(heapq.heappop(pq))
    ids = count(1)
    names = [f"w{next(ids)}" for _ in range(3)]
    print(names, dict(zip(names, cycle([0.1, 0.2]))))
asyncio.run(main())
