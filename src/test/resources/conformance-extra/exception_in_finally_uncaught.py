import asyncio
async def main():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
asyncio.run(main())
