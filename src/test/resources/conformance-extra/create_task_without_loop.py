import asyncio
async def main():
    print("hi")
asyncio.create_task(main())
