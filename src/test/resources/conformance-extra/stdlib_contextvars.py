import asyncio
import contextvars
from contextvars import ContextVar, copy_context

request_id: ContextVar[str] = ContextVar("request_id", default="-")
user = ContextVar("user")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def handle(rid, delay):
    token = request_id.set(rid)
    log(f"start {delay}")
    await asyncio.sleep(delay)
    log("middle")
    await sub()
    request_id.reset(token)
    log("after reset")
    return rid

async def sub():
    await asyncio.sleep(0.05)
    log("in sub")

def cb(tag):
    log(f"callback {tag}")

async def main():
    log("main begins")
    request_id.set("main")
    results = await asyncio.gather(handle("r1", 0.2), handle("r2", 0.1), handle("r3", 0.0))
    print(results)
    log("main after gather")
    loop = asyncio.get_running_loop()
    request_id.set("before-callback")
    loop.call_soon(cb, "soon")
    loop.call_later(0.1, cb, "later")
    request_id.set("after-callback")
    await asyncio.sleep(0.2)
    ctx = copy_context()
    request_id.set("changed")
    print(ctx[request_id], ctx.get(user, "nouser"), request_id in ctx, user in ctx, len(ctx) >= 1)
    t = asyncio.create_task(handle("ctx", 0.1), context=ctx)
    await t
    print(ctx[request_id], request_id.get())
    try:
        user.get()
    except LookupError as e:
        print("LookupError", type(e).__name__)
    print(user.get("default-user"), request_id.name)
    tok = user.set("alice")
    print(tok.old_value, tok.var is user, contextvars.Token.MISSING)
    user.reset(tok)
    try:
        user.reset(tok)
    except RuntimeError as e:
        print("RuntimeError", str(e).startswith("<Token used var=<ContextVar name='user' at 0x"))
    def in_ctx(x):
        user.set(x)
        return user.get()
    c2 = contextvars.Context()
    print(c2.run(in_ctx, "bob"), c2[user], user.get(None), list(c2.values()))
    try:
        c2.run(lambda: c2.run(print))
    except RuntimeError as e:
        print("RuntimeError", str(e).split(":")[0])
    try:
        ContextVar(1)
    except TypeError as e:
        print(e)
    async with asyncio.TaskGroup() as tg:
        for i in range(2):
            request_id.set(f"tg{i}")
            tg.create_task(sub())

asyncio.run(main())
log("after run")

async def handles():
    loop = asyncio.get_running_loop()
    request_id.set("for-handle")
    h = loop.call_soon(print, "handle ran")
    ctx = h._context
    request_id.set("later")
    print(ctx[request_id], type(ctx).__name__)
    await asyncio.sleep(0)

asyncio.run(handles())
