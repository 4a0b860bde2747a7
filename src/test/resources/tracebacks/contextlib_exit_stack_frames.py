import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

@asynccontextmanager
async def opened(name):
    print("open", name)
    yield name
    await asyncio.sleep(0.1)
    raise RuntimeError(f"cannot close {name}")

async def main():
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(opened("a"))
    print("never")

asyncio.run(main())
