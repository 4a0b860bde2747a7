import asyncio
d = 0
async def a(n):
    global d
    d = n
    await a(n + 1)
try:
    asyncio.run(a(1))
except RecursionError as e:
    print(d, e)
def g(n):
    global d
    d = n
    yield from g(n + 1)
try:
    list(g(1))
except RecursionError as e:
    print(d, e)
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(a(1))
except RecursionError as e:
    print(d, e)
class C:
    def __init__(self, n):
        global d
        d = n
        C(n + 1)
try:
    C(1)
except RecursionError as e:
    print(d, e)
