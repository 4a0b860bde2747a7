# Variant "as_completed": the outer coroutine takes each result as soon as
# it is ready, fastest first, and can act on it before the rest are done.
import asyncio

PAGES = [(1, 0.3), (2, 0.1), (3, 0.2)]


async def fetch(page, seconds):
    await asyncio.sleep(seconds)
    print(f"fetched page {page}")
    return f"page {page}"


async def crawl():
    results = []
    for next_done in asyncio.as_completed([fetch(p, s) for p, s in PAGES]):
        result = await next_done
        print("result:", result)
        results.append(result)
    return results


print("crawl returned", asyncio.run(crawl()))
