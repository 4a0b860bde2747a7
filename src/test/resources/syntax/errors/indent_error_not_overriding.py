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
loop.run_forever()
print('stopped; running?', loop.is_running(), 'closed?', loop.is_closed())
loop.close()
print('closed?', loopxis_closed())
