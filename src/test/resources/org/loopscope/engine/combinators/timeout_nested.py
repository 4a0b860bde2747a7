# Nested timeouts: the one whose deadline passes raises TimeoutError; an outer one that expired too
# (same deadline) is the one that converts, because the inner one sees a second cancellation request.
import asyncio

T0 = 0.0


def now():
    # tenths of a second since the start; tolerant of the real clock running a little late
    return int((asyncio.get_running_loop().time() - T0 + 0.02) * 10) / 10


async def ticker(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)


async def main():
    global T0
    loop = asyncio.get_running_loop()
    T0 = loop.time()
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(0.5) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner TimeoutError?')
            finally:
                print('inner expired', inner.expired(), 'outer expired', outer.expired())
    except TimeoutError:
        print('outer TimeoutError at', now())
    async with asyncio.timeout(0.5) as outer:
        try:
            async with asyncio.timeout(0.1) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print('inner TimeoutError at', now(), inner.expired(), outer.expired())
        await asyncio.sleep(0.1)
    print('outer fine:', outer.expired(), 'at', now())
    when = loop.time() + 0.1
    try:
        async with asyncio.timeout_at(when) as outer:
            try:
                async with asyncio.timeout_at(when) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner caught')
            print('after inner', inner.expired(), outer.expired())
    except TimeoutError:
        print('outer caught at', now(), inner.expired(), outer.expired(),
              asyncio.current_task().cancelling())


asyncio.run(main())
