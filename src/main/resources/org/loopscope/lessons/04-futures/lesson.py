# A future is a box for a result that does not exist yet. Whoever awaits it
# waits until someone puts a result in. A task is a future whose result
# comes from its coroutine.
import asyncio


async def wait_for_parcel(parcel):
    print("customer: waiting at the door")
    content = await parcel  # suspends until the future gets a result
    print("customer: opened the parcel, found", content)


def deliver(parcel, content):
    # A plain callback, run by the loop from its timer, not by any task.
    print("courier: delivering")
    parcel.set_result(content)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    parcel = loop.create_future()  # an empty future, pending
    print("parcel done?", parcel.done())
    try:
        parcel.result()
    except asyncio.InvalidStateError as error:
        print("asking too early:", error)

    customer = asyncio.create_task(wait_for_parcel(parcel))
    loop.call_later(0.5, deliver, parcel, "a book")  # fill it in 0.5 s
    await customer
    print("parcel done?", parcel.done(), "result:", parcel.result())
    print("finished after", round(loop.time() - start, 1), "s")

    # A result can be set only once.
    try:
        parcel.set_result("another book")
    except asyncio.InvalidStateError as error:
        print("setting it twice:", error)
    print("a task is a future too:", isinstance(customer, asyncio.Future))


asyncio.run(main())
