import asyncio

async def main():
    match await asyncio.sleep(0, result=[1, 2]):
        case [a, a]:
            print(a)

asyncio.run(main())
