# Times each asyncio.run of a benchmark script inside one CPython process: the in-process figure to set
# beside EngineBench's. Usage: cpython_inproc.py SCRIPT.py [RUNS]  (statistics on stderr)
import asyncio, runpy, statistics, sys, time
script, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5
real_run, walls, cpus = asyncio.run, [], []
def timed_run(main, **kwargs):
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        return real_run(main, **kwargs)
    finally:
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
asyncio.run = timed_run
for _ in range(runs):
    runpy.run_path(script, run_name="__main__")
later, later_cpu = walls[1:] or walls, cpus[1:] or cpus
name = script.rsplit("/", 1)[-1].removesuffix(".py")
print(f"# {name}: runs={runs} first={walls[0]:.1f} ms median={statistics.median(later):.1f} ms "
      f"min={min(later):.1f} ms cpu median={statistics.median(later_cpu):.1f} ms", file=sys.stderr)
