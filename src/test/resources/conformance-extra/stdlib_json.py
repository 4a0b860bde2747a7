import asyncio, json
from collections import namedtuple, OrderedDict, Counter
data = {"name": "Zoë ☃ 😀", "n": 3, "f": 1.5, "big": 1e20, "small": 1e-7, "ok": True, "none": None,
        "list": [1, 2.0, "x", [], {}], "t": (1, 2), 5: "int key", 2.5: "float", None: "null", False: "f",
        "esc": "a\"b\\c\nd\te\x01"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps({"b": 1, "a": [1, {"z": 2, "c": []}]}, indent=2, sort_keys=True))
print(json.dumps([1, [2, 3]], indent="\t"), json.dumps({"a": 1}, separators=(",", ":")), json.dumps(float("nan")), json.dumps(-float("inf")))
P = namedtuple("P", "x y")
print(json.dumps({"p": P(1, 2), "od": OrderedDict(a=1), "c": Counter("aab")}))
class Thing:
    pass
for bad in [Thing(), {(1, 2): 3}, {1, 2}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
print(json.dumps(Thing(), default=lambda o: "<thing>"))
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "\\u00e9\\ud83d\\ude00 \\n"}, "d": 10000000000000000000000}'
obj = json.loads(text)
print(obj, type(obj["a"][2]))
print(json.loads("  [ ]  "), json.loads('"s"'), json.loads("NaN"), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
for bad in ['', '{"a" 1}', '{a: 1}', '[1, 2', '[1 2]', '{"a": 1} x', '"abc', 'tru', '[1,]', '{"a": 1,}', '"\\q"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
async def api(i):
    await asyncio.sleep(0.1 * i)
    return json.dumps({"id": i, "items": list(range(i))})
async def main():
    payloads = await asyncio.gather(*(api(i) for i in range(3)))
    print(payloads)
    print(sum(len(json.loads(p)["items"]) for p in payloads))
asyncio.run(main())
