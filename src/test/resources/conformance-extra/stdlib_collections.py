import asyncio
from collections import deque, namedtuple, Counter, defaultdict, OrderedDict, ChainMap
P = namedtuple('P', 'x y')
Job = namedtuple('Job', ['name', 'delay', 'prio'], defaults=[0])
print(P(1, 2), Job('a', 0.5), P, Job._fields, Job._field_defaults, P.__doc__)
for args in [(1,), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print(e)
p = P(x=3, y=4); x, y = p
print(x + y, p[0], p[-1], len(p), list(p), p == (3, 4), p._asdict(), p._replace(x=0), P._make([5, 6]), sorted([P(2, 1), P(1, 9)]))
print(hash(p) == hash((3, 4)), 3 in p, tuple(p), p + (5,), max(p))
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, deque(), deque([1, 2]), len(d), d[0], d[-1], list(reversed(d)))
d.appendleft(9); print(d); d.rotate(1); print(d); print(d.popleft(), d.pop(), d)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)
c = Counter("abracadabra")
print(c, c.most_common(2), c['z'], c['a'], sum(c.values()), c.total())
c.update(["a", "z"]); print(c)
c2 = Counter({'a': 1, 'b': 5}); print(c + c2, c - c2, Counter(), dict(c2), list(c2.elements()))
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dd, dict(dd), defaultdict(int), len(dd), "x" in dd, sorted(dd.items()))
cnt = defaultdict(int); cnt["a"] += 1; cnt["a"] += 1; print(cnt, cnt == {"a": 2})
od = OrderedDict(a=1, b=2); od["c"] = 3; od.move_to_end("a"); print(od, od.popitem(), od.popitem(last=False), OrderedDict())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], cm, len(cm), dict(cm))
async def worker(name, q, results):
    while q:
        job = q.popleft()
        await asyncio.sleep(job.delay)
        results[name].append(job.name)
async def main():
    q = deque(Job(f"j{i}", 0.1 * (i % 3)) for i in range(7))
    results = defaultdict(list)
    await asyncio.gather(worker("w1", q, results), worker("w2", q, results))
    print(dict(results), Counter(len(v) for v in results.values()))
asyncio.run(main())
