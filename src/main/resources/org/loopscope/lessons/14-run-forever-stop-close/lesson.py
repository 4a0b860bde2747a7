# run_forever() keeps the loop turning with no end of its own: it returns
# only when something calls loop.stop(). Tasks left pending survive the stop
# and go on if the loop runs again. close() ends the loop for good.
import asyncio


async def heartbeat():
    beats = 0
    while True:
        beats += 1
        print(f"beat {beats} at {elapsed()} s")
        await asyncio.sleep(0.3)


def elapsed():
    return round(loop.time() - start, 1)


def stop_now(reason):
    print(f"stop requested ({reason}) at {elapsed()} s")
    loop.stop()  # the loop finishes the current round, then run_forever returns


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
start = loop.time()
pulse = loop.create_task(heartbeat())
loop.call_later(1.0, stop_now, "first")
loop.run_forever()  # blocks here until stop_now runs
print("run_forever returned; heartbeat done?", pulse.done())

loop.call_later(0.4, stop_now, "second")
loop.run_forever()  # the same task picks up where it was
print("returned again; heartbeat done?", pulse.done())

pulse.cancel()  # tidy up before closing: no task may be left pending
loop.run_until_complete(asyncio.gather(pulse, return_exceptions=True))
loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_forever()
except RuntimeError as error:
    print("running a closed loop:", error)
