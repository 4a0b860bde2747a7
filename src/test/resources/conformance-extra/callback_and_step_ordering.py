import asyncio

log = []

def cb(tag):
    log.append(tag)

async def child(tag):
    log.append(f"{tag} start")
    await asyncio.sleep(0)
    log.append(f"{tag} after sleep0")
    return tag

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "soon1")
    t1 = asyncio.create_task(child("t1"))
    loop.call_soon(cb, "soon2")
    t2 = asyncio.create_task(child("t2"))
    fut = loop.create_future()
    fut.add_done_callback(lambda f: cb("fut cb1"))
    fut.add_done_callback(lambda f: cb("fut cb2"))
    loop.call_soon(fut.set_result, 1)
    log.append("main before await")
    await asyncio.sleep(0)
    log.append("main after 1st sleep0")
    await asyncio.sleep(0)
    log.append("main after 2nd sleep0")
    t1.add_done_callback(lambda t: cb("t1 done cb"))
    await t2
    log.append("main after t2")
    f2 = loop.create_future()
    f2.set_result("x")
    f2.add_done_callback(lambda f: cb("late cb"))
    def rem(f): cb("removed")
    f3 = loop.create_future()
    f3.add_done_callback(rem)
    print(f3.remove_done_callback(rem), f3.remove_done_callback(rem))
    f3.set_result(None)
    await asyncio.sleep(0)
    loop.call_later(0, cb, "later0")
    loop.call_soon(cb, "soon3")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("\n".join(log))

asyncio.run(main())
