# asyncio.wait() in 3.11 refuses bare coroutines (when it runs); the coroutine is then never awaited.
import asyncio


async def hello(n):
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    print(await hello(1))
    done, pending = await asyncio.wait([hello(2), hello(3)])
    print(done, pending)


asyncio.run(main())
