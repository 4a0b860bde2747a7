# A coroutine can start other coroutines and collect their results before
# returning its own. Three ways to collect: wait, gather and as_completed.
import asyncio

PAGES = [(1, 0.3), (2, 0.1), (3, 0.2)]


async def fetch(page, seconds):  # the inner coroutine
    await asyncio.sleep(seconds)
    return f"page {page}"


async def crawl_with_wait():  # way 1: tasks in, (done, pending) sets out
    tasks = [asyncio.create_task(fetch(p, s)) for p, s in PAGES]
    done, pending = await asyncio.wait(tasks)
    return [t.result() for t in tasks]  # results stay in the tasks


async def crawl_with_gather():  # way 2: results out, in the order given
    return await asyncio.gather(*[fetch(p, s) for p, s in PAGES])


async def crawl_with_as_completed():  # way 3: one by one, fastest first
    results = []
    for next_done in asyncio.as_completed([fetch(p, s) for p, s in PAGES]):
        results.append(await next_done)
    return results


async def main():  # the outer coroutine awaits each crawler in turn
    loop = asyncio.get_running_loop()
    for crawl in [crawl_with_wait, crawl_with_gather, crawl_with_as_completed]:
        start = loop.time()
        pages = await crawl()  # nested: main waits while crawl waits on fetch
        print(f"{crawl.__name__}: {pages} in {round(loop.time() - start, 1)} s")


asyncio.run(main())
