# Variant "gather": the outer coroutine gets every result at once, in the
# order it passed the inner coroutines, however they finished.
import asyncio

PAGES = [(1, 0.3), (2, 0.1), (3, 0.2)]


async def fetch(page, seconds):
    await asyncio.sleep(seconds)
    print(f"fetched page {page}")
    return f"page {page}"


async def crawl():
    results = await asyncio.gather(*[fetch(p, s) for p, s in PAGES])
    for result in results:
        print("result:", result)
    return results


print("crawl returned", asyncio.run(crawl()))
