# CPython's side of `loopscope run conformance/14_keyboard_interrupt_cleanup.py --interrupt-at 0.02`: the same program with the
# intervention written in at the same point. Its output, from python3, is what loopscope must print.
import signal
# Seed: "restart" -- on KeyboardInterrupt, cancel every task, let them finish, then close the loop.
import asyncio


async def worker(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('worker', n, 'cancelled')
        raise


async def interrupter():
    await asyncio.sleep(0.05)
    raise KeyboardInterrupt


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
tasks = [loop.create_task(worker(n)) for n in range(3)]
loop.call_later(0.02, signal.raise_signal, signal.SIGINT)  # --interrupt-at 0.02
try:
    loop.run_until_complete(interrupter())
except KeyboardInterrupt:
    print('KeyboardInterrupt caught')
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    print('pending tasks:', len(pending))
    for t in pending:
        t.cancel()
    results = loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    print([type(r).__name__ for r in results])
finally:
    loop.close()
print('loop closed', loop.is_closed())
