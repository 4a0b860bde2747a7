import asyncio
import os


async def connect():
    await asyncio.sleep(0.1)
    return os.environ['LOOPSCOPE_DATABASE_URL']


asyncio.run(connect())
