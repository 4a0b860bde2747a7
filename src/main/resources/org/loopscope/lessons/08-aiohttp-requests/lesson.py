# Many HTTP requests at once with aiohttp, but never more than LIMIT open
# connections: the connector makes the other requests queue for a free one.
# (Loopscope simulates aiohttp and httpbin.org: no real network is used.)
import asyncio

import aiohttp

URL = "http://httpbin.org/delay/1"  # httpbin answers this after one second
REQUESTS = 9
LIMIT = 3


async def fetch(session, n):
    # Waits for a free connection first, then for the answer.
    async with session.get(URL) as response:
        await response.text()  # the body came with the answer; its connection is free again
        print(f"request {n}: {response.status} {response.reason} at {elapsed()} s")
        return response.status


def elapsed():
    return round(asyncio.get_running_loop().time() - start, 1)


async def main():
    global start
    start = asyncio.get_running_loop().time()
    connector = aiohttp.TCPConnector(limit=LIMIT)  # aiohttp's default limit is 100
    async with aiohttp.ClientSession(connector=connector) as session:
        requests = [fetch(session, n) for n in range(1, REQUESTS + 1)]
        statuses = await asyncio.gather(*requests)
    print("statuses:", statuses)
    print(f"{REQUESTS} requests, at most {LIMIT} at a time: {elapsed()} s")


asyncio.run(main())
