import asyncio
def f(n): return f(n + 1)
async def af(n): return await af(n + 1)
def g(n):
    yield from g(n + 1)
    yield n
try:
    f(0)
except RecursionError as e:
    print("sync", e)
async def main():
    try:
        await af(0)
    except RecursionError as e:
        print("async", e)
asyncio.run(main())
try:
    list(g(0))
except RecursionError as e:
    print("gen", e)
l = []
l.append(l)
print(l)
