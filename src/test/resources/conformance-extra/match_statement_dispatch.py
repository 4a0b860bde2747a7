import asyncio

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Color:
    RED = "red"
    GREEN = "green"

def describe(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0):
            return f"x-axis {x}"
        case [x, y] if x == y:
            return f"diagonal {x}"
        case [first, *rest]:
            return f"list {first} then {rest}"
        case {"x": x, "y": y, **others}:
            return f"dict {x},{y} others={others}"
        case Point(x=0, y=yy):
            return f"point on y axis {yy}"
        case Point(a, b) if a > b:
            return f"point below diagonal {a},{b}"
        case Point():
            return "some point"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case str(s):
            return f"short string {s}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case 1 | 2 | 3:
            return "small"
        case Color.RED:
            return "red!"
        case None:
            return "none"
        case True:
            return "true"
        case {"type": "msg", "body": str() as body}:
            return "msg " + body
        case _:
            return "other"

async def handle(queue):
    while True:
        msg = await queue.get()
        match msg:
            case {"cmd": "stop"}:
                print("stopping")
                return
            case {"cmd": "add", "args": [a, b]}:
                print("add", a + b)
            case {"cmd": cmd}:
                print("unknown command", cmd)
            case _:
                print("bad message", msg)

async def main():
    for v in [(0, 0), (3, 0), [2, 2], [1, 2, 3], (), {"x": 1, "y": 2, "z": 3}, Point(0, 5), Point(3, 1), Point(1, 3),
              "hello", "hi", -5, -2.5, 2, "red", None, True, 1, {"type": "msg", "body": "yo"}, 7.5, range(2), [1]]:
        print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))
    q = asyncio.Queue()
    for m in [{"cmd": "add", "args": [1, 2]}, {"cmd": "jump"}, 42, {"cmd": "stop"}]:
        q.put_nowait(m)
    await handle(q)
    match 5:
        case x:
            print("bound", x)
    print(x)
    match (1, 2, 3):
        case a, *_, c:
            print(a, c)
    match [1, [2, [3, 4]]]:
        case [_, [_, [_, last]]]:
            print("last", last)
    match {"a": 1}:
        case {"b": _}:
            print("no")
        case {}:
            print("empty mapping pattern matches any dict")
    match = {"match": 1}
    case = match["match"]
    print(match, case)

asyncio.run(main())
