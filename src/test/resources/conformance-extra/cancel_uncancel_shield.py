import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled once, cancelling() =", asyncio.current_task().cancelling())
        asyncio.current_task().uncancel()
        await asyncio.sleep(0.1)
        return "survived"

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("child got", repr(e))
        raise

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    print(await t, t.cancelled())
    c = asyncio.create_task(child())
    await asyncio.sleep(0)
    c.cancel("stop it")
    try:
        await c
    except asyncio.CancelledError as e:
        print("main got", repr(e), c.cancelled())
    inner = asyncio.create_task(asyncio.sleep(0.2, result="inner done"))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 1))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner", inner.cancelled())
    print(await inner)
    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t2.cancel()
    print(t2.done(), t2.cancel())
    await asyncio.sleep(0)
    print(t2.done(), t2.cancelled(), t2.cancel())
    async def self_cancel():
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
        print("never")
    try:
        await asyncio.create_task(self_cancel())
    except asyncio.CancelledError:
        print("self cancel ok")
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0)
    except TimeoutError as e:
        print("wait_for 0", type(e).__name__, e.__cause__)
    f = asyncio.get_running_loop().create_future()
    f.cancel("why")
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("fut", e.args)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2 = asyncio.get_running_loop().create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print(e)
    try:
        f2.exception()
    except asyncio.InvalidStateError as e:
        print(e)
    try:
        await asyncio.sleep(-1)
        print("negative ok")
    except ValueError as e:
        print(e)

asyncio.run(main())
