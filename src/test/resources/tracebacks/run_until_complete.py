import asyncio


async def main():
    data = {"a": [1, 2]}
    return data["a"][5]


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
finally:
    loop.close()
