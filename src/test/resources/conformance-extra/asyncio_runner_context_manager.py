import asyncio
async def main(n):
    print('main', n, asyncio.current_task().get_name())
    return n * 2
with asyncio.Runner() as runner:
    print(runner.run(main(1)))
    print(runner.run(main(2)))
    loop = runner.get_loop()
    print(loop.is_closed(), asyncio.get_event_loop() is loop)
print(loop.is_closed())
try:
    runner.run(main(3))
except RuntimeError as e:
    print(e)
r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
r.close()
r2 = asyncio.Runner(); r2.close(); print(r2.run(main(4)))
r2.close()
try:
    r2.run(5)
except ValueError as e:
    print(e)
print(repr(asyncio.Runner)[:30])
async def boom():
    await asyncio.sleep(0)
    raise KeyError("in runner")
with asyncio.Runner() as runner:
    runner.run(boom())
