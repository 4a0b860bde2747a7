# Variant "wait": the outer coroutine starts the inner ones as tasks and
# waits for the set of finished tasks; it reads each result from its task.
import asyncio

PAGES = [(1, 0.3), (2, 0.1), (3, 0.2)]


async def fetch(page, seconds):
    await asyncio.sleep(seconds)
    print(f"fetched page {page}")
    return f"page {page}"


async def crawl():
    tasks = [asyncio.create_task(fetch(p, s)) for p, s in PAGES]
    done, pending = await asyncio.wait(tasks)
    print(f"{len(done)} done, {len(pending)} pending")
    for task in tasks:  # the sets have no order; the list does
        print("result:", task.result())
    return [t.result() for t in tasks]


print("crawl returned", asyncio.run(crawl()))
