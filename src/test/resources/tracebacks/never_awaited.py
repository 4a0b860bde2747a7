import asyncio
async def foo():
    print("foo")
async def main():
    for i in range(2):
        foo()
    foo()
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
foo()
