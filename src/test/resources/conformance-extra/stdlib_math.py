import math, asyncio
for f in ['math.sqrt(-1)','math.log(0)','math.factorial(-1)','math.floor(float("inf"))','math.sqrt("x")','math.factorial(2.5)','math.log(-1)','math.exp(1000)','math.gcd(2.5)','math.isqrt(-1)','math.comb(3,-1)', 'math.log2(0)', 'math.pow(0, -1)']:
    try:
        eval(f)
    except Exception as e:
        print(f, type(e).__name__, e)
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.5), math.pi, math.e, math.tau, math.inf, math.nan, math.log(8,2), math.log2(8), math.log10(1000), math.exp(1), math.sin(1), math.hypot(3,4), math.fsum([.1]*10), math.prod([1,2,3]), math.dist((0,0),(3,4)), math.isclose(1, 1+1e-10), math.copysign(1,-0.0), math.fabs(-2), math.pow(2,10), math.degrees(math.pi), math.radians(180), math.gcd(12, 18), math.lcm(4,6), math.comb(5,2), math.perm(5,2), math.factorial(20), math.isqrt(17), math.floor(10**20+0.5))
print(math.factorial(30), math.sqrt(2), math.cos(0.5), math.atan2(1, 1), math.log(100), math.ceil(-0.5), math.floor(-0.5), sum(x * x for x in range(5)) ** 0.5, math.isnan(math.nan), math.isinf(-math.inf))
async def area(r):
    await asyncio.sleep(r / 10)
    return round(math.pi * r ** 2, 3)
async def main():
    print(await asyncio.wait_for(asyncio.gather(*(area(r) for r in (1, 2, 3))), 1))
asyncio.run(main())
