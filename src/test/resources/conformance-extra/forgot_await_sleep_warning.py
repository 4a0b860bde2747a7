import asyncio
async def main():
    print("start")
    asyncio.sleep(1)
    print("end")
    raise SystemExit(3)
asyncio.run(main())
