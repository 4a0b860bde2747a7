# asyncio.TaskGroup (Python 3.11) ties tasks to a block: the `async with`
# does not end before every task started in it has finished. If one task
# fails, the group cancels the others and raises an ExceptionGroup.
import asyncio


async def check(site, seconds, broken=False):
    try:
        await asyncio.sleep(seconds)
        if broken:
            raise ConnectionError(f"{site} is down")
        print(f"  {site}: ok")
        return site
    except asyncio.CancelledError:
        print(f"  {site}: cancelled by the group")
        raise


async def main():
    print("all healthy:")
    async with asyncio.TaskGroup() as group:
        a = group.create_task(check("alpha", 0.2))
        b = group.create_task(check("beta", 0.1))
        print("  tasks started, the block waits for them at its end")
    print("  results:", a.result(), b.result())

    print("one broken:")
    try:
        async with asyncio.TaskGroup() as group:
            slow = group.create_task(check("gamma", 1.0))
            group.create_task(check("delta", 0.3, broken=True))
            group.create_task(check("epsilon", 0.1))
    except* ConnectionError as failures:  # except* picks errors out of the group
        for error in failures.exceptions:
            print("  caught:", repr(error))
    print("  gamma cancelled?", slow.cancelled())


asyncio.run(main())
