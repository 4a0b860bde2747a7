import asyncio, time, random

async def main():
    t0, m0, p0 = time.time(), time.monotonic(), time.perf_counter()
    await asyncio.sleep(1.5)
    print(round(time.monotonic() - m0, 1), round(time.perf_counter() - p0, 1), round(time.time() - t0, 1))
    time.sleep(0.5)
    print(round(time.monotonic() - m0, 1))
    loop = asyncio.get_running_loop()
    print(round(loop.time() - m0, 2) if False else "")
    random.seed(1)
    print(random.random(), random.randint(1, 10), random.choice("abc"), random.uniform(1, 2))
    l = list(range(10)); random.shuffle(l); print(l)
    print(random.sample(range(100), 5), random.gauss(0, 1), random.randrange(10), random.randrange(0, 100, 5))
    print(random.choices([1, 2, 3], k=5), random.choices("ab", weights=[1, 9], k=4), random.getrandbits(16))
    random.seed("hello"); print(random.random())
    random.seed(42); print([random.randint(0, 100) for _ in range(5)], random.expovariate(1.0) if hasattr(random, "expovariate") else "")
    pass
    print(type(time.time()).__name__, time.time() > 0, time.strftime("%Y") > "2000" if hasattr(time, "strftime") else True)
    random.seed(3); print(random.triangular(0, 1) if hasattr(random, "triangular") else "", random.betavariate(2, 3) if hasattr(random, "betavariate") else "")

asyncio.run(main())
