# An exception raised in a task does not crash the program: it is stored
# in the task, which ends FAILED. It comes out again when someone awaits the
# task or asks for its result. If nobody ever does, asyncio can only log
# "Task exception was never retrieved" when the task is thrown away.
import asyncio


async def parse(text, seconds):
    await asyncio.sleep(seconds)
    return int(text)  # int("oops") raises ValueError


async def main():
    bad = asyncio.create_task(parse("oops", 0.1))
    await asyncio.sleep(0.2)  # the task failed meanwhile; nothing was printed
    print("done?", bad.done(), "| cancelled?", bad.cancelled())
    print("stored exception:", repr(bad.exception()))
    try:
        await bad  # awaiting re-raises the stored exception
    except ValueError as error:
        print("await raised:", error)

    # gather, by default: the first exception goes straight to the caller.
    try:
        await asyncio.gather(parse("1", 0.1), parse("two", 0.2), parse("3", 0.3))
    except ValueError as error:
        print("gather raised:", error)

    # return_exceptions=True: exceptions are returned in place of results.
    results = await asyncio.gather(parse("4", 0.1), parse("five", 0.2), return_exceptions=True)
    print("gather returned:", results)

    # A failed task nobody looks at: watch the warning when it is dropped.
    asyncio.create_task(parse("never looked at", 0.1))
    await asyncio.sleep(0.2)
    print("main ends without asking that task")


asyncio.run(main())
