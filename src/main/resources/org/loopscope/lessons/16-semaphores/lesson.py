# A semaphore is a counter of free places. `async with sem:` takes one place
# (or waits until one is free) and gives it back at the end of the block.
# Many tasks can be started at once while only a few do the work together.
import asyncio

PLACES = 2
washing = []  # the cars inside the wash right now


async def wash(car, seconds, bay):
    print(f"{car}: queued at {elapsed()} s")
    async with bay:  # waits here while every place is taken
        washing.append(car)
        print(f"{car}: washing at {elapsed()} s, inside: {washing}")
        await asyncio.sleep(seconds)
        washing.remove(car)
    print(f"{car}: leaves at {elapsed()} s")


def elapsed():
    return round(asyncio.get_running_loop().time() - start, 1)


async def main():
    global start
    start = asyncio.get_running_loop().time()
    bay = asyncio.Semaphore(PLACES)
    cars = [("red", 0.5), ("blue", 0.3), ("green", 0.4), ("white", 0.1)]
    await asyncio.gather(*[wash(car, s, bay) for car, s in cars])
    print("all clean at", elapsed(), "s; semaphore locked?", bay.locked())


asyncio.run(main())
