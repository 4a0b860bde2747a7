import asyncio
async def check(x):
    assert x > 0, f"x must be positive, got {x}"
asyncio.run(check(-1))
