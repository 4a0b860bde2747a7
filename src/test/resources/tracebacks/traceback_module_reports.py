import asyncio, traceback, sys

async def fail(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise ValueError(f"bad {n}")
    return n

def helper():
    return {}["missing"]

async def main():
    try:
        helper()
    except KeyError:
        traceback.print_exc()
        text = traceback.format_exc()
        print("format_exc has", len(text.splitlines()), "lines; last:", text.splitlines()[-1])
    results = await asyncio.gather(*(fail(i) for i in range(4)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("".join(traceback.format_exception(r)), end="")
            print(traceback.format_exception_only(r))
            traceback.print_exception(r, file=sys.stdout)
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
    print(repr(traceback.format_exc()))

asyncio.run(main())
print(repr(traceback.format_exc()))
