# The event loop: nothing asynchronous happens until a loop runs it.
# run_until_complete(coro) starts the loop, runs it until that one coroutine
# has finished, hands back its return value and leaves the loop stopped again.
import asyncio


async def brew(drink, minutes):
    # Inside a coroutine the loop is running: it is the one calling us.
    print(f"{drink}: on the stove (loop running: {loop.is_running()})")
    await asyncio.sleep(minutes)  # pause here; the loop waits on a timer
    print(f"{drink}: ready")
    return f"a cup of {drink}"


loop = asyncio.new_event_loop()  # 1. make a loop: it exists but does not run
asyncio.set_event_loop(loop)
start = loop.time()  # the loop has its own clock, in seconds
print("before: loop running:", loop.is_running())

# 2. run the loop until brew() returns; this line waits for it.
cup = loop.run_until_complete(brew("tea", 0.5))
print("got", cup, "after", round(loop.time() - start, 1), "s")
print("between runs: loop running:", loop.is_running())

# The same loop can be started again for another coroutine.
cup = loop.run_until_complete(brew("coffee", 0.3))
print("got", cup, "after", round(loop.time() - start, 1), "s")

loop.close()  # 3. close the loop when the program is done with it
print("loop closed:", loop.is_closed())
