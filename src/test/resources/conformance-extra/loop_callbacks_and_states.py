import asyncio

def cb(*args):
    print("cb", args, round(loop.time() - start, 1))

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
start = loop.time()
h = loop.call_soon(cb, 1)
print(h)
th = loop.call_later(0.5, cb, 2)
print(repr(th).split(" ")[0], round(th.when() - start, 1))
loop.call_at(start + 0.2, cb, 3)
h2 = loop.call_later(0.3, cb, "cancelled")
h2.cancel()
print(repr(h2).split(" when")[0], h2.cancelled())
loop.call_later(1, loop.stop)
print(loop.is_running(), loop.is_closed())
loop.run_forever()
print("after run_forever", loop.is_running())
async def co():
    print("running", loop.is_running(), asyncio.get_running_loop() is loop)
    return 5
print(loop.run_until_complete(co()))
fut = loop.create_future()
loop.call_later(0.1, fut.set_result, "fut done")
print(loop.run_until_complete(fut))
t = loop.create_task(co())
print(t)
print(loop.run_until_complete(t))
loop.call_soon_threadsafe(cb, "threadsafe")
loop.call_soon(loop.stop)
loop.run_forever()
print(loop.get_debug())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(co())
except RuntimeError as e:
    print("RuntimeError", e)
try:
    loop.call_soon(cb)
except RuntimeError as e:
    print(e)
