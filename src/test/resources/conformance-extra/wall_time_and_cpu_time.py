import asyncio, time

async def main():
    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.sleep(0.5)
    time.sleep(0.5)
    print(f"wall {time.perf_counter() - wall:.1f}s, cpu {time.process_time() - cpu:.1f}s")
    print(time.monotonic_ns() > 0, type(time.perf_counter_ns()).__name__, type(time.process_time_ns()).__name__)

asyncio.run(main())
