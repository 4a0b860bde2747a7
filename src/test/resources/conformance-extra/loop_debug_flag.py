import asyncio
async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    loop.set_debug(False); print(loop.get_debug())
    loop.slow_callback_duration = 0.5; print(loop.slow_callback_duration)
asyncio.run(main(), debug=True)
asyncio.run(main())
loop = asyncio.new_event_loop(); print(loop.get_debug(), repr(loop)); loop.set_debug(True); print(repr(loop))
