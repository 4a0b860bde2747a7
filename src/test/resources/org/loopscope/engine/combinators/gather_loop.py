# gather: the first future decides the loop; later ones must belong to it.
import asyncio


async def main():
    other = asyncio.new_event_loop()
    f = other.create_future()
    g = asyncio.gather(f)
    print('outer on the future loop:', g.get_loop() is other)
    try:
        asyncio.gather(asyncio.get_running_loop().create_future(), f)
    except ValueError as e:
        print('ValueError', e)
    other.close()


asyncio.run(main())
