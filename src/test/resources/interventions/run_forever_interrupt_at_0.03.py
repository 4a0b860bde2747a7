# CPython's side of `loopscope run conformance/13_run_forever_stop.py --interrupt-at 0.03`: the same program with the
# intervention written in at the same point. Its output, from python3, is what loopscope must print.
import signal
# run_forever keeps the loop turning until loop.stop() is called; then close() it.
import asyncio

loop = asyncio.new_event_loop()
count = 0


def tick():
    global count
    count += 1
    print('tick', count)
    if count < 3:
        loop.call_later(0.02, tick)
    else:
        loop.stop()


loop.call_soon(tick)
loop.call_later(0.03, signal.raise_signal, signal.SIGINT)  # --interrupt-at 0.03
loop.run_forever()
print('stopped; running?', loop.is_running(), 'closed?', loop.is_closed())
loop.close()
print('closed?', loop.is_closed())
