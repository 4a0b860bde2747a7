import asyncio
async def main():
    print("hi")
try:
    asyncio.create_task(main())
except RuntimeError as e:
    print("caught", e)
print("after")
raise SystemExit(2)
