# Ctrl+C (here raised by the program) stops run_until_complete; the sleeping workers are left pending and
# finalized at exit, after the traceback.
import asyncio


async def worker(n):
    try:
        await asyncio.sleep(10)
    finally:
        print("worker", n, "cleanup")


async def main():
    for n in range(1):
        asyncio.create_task(worker(n))
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
finally:
    print("finally at top level")
