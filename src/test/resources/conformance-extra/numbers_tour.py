import asyncio

async def main():
    print(2 ** 100, -2 ** 63, 10 ** 30 // 7, 10 ** 30 % 7, (-10 ** 20) // 3, 7 // -2, -7 % 3, 7 % -3)
    print(1 / 3, 2 / 3, 0.1 + 0.2, 1e16, 1e-5, 123456789.123456789, 1.0, 100.0, 1e22, 1e21, 1.5e300 * 1e10, -1e400)
    print(3 * 1.1, 0.1 * 3, 1 / 7, 2 ** 0.5, 10 / 2, 7 // 2.0, 7.5 % 2, -7.5 % 2, float(2 ** 60), 2 ** 63 / 3)
    print(int("123456789" * 4) * 3, str(2 ** 200)[:20], len(str(3 ** 1000)), hex(255), oct(8), bin(-5), hex(2 ** 70))
    print(1 == 1.0, 0.1 + 0.2 == 0.3, abs(-0.0), -0.0, 5 // 0.3, 1e308 * 10, float("1.5"), float(" 2 "), 2 ** -2)
    print(True + True, True * 3, 3 / True, int(True), ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -1 >> 3, (2 ** 70) >> 60)
    print(max(1, 2.5), min(-1, -1.0), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), int(-2.5), int(1e20))
    print(divmod(2 ** 70, 3), pow(3, 200, 1000), pow(-2, 3), (-8) ** (1 / 3) if False else "", 0 ** 0, 0.0 ** 0)
    print(float("1e-320"), 5e-324, 1.7976931348623157e308, 0.30000000000000004, 1e15 + 0.3, 9007199254740993)
    print(int.from_bytes if False else "", (255).bit_length(), (3.5).is_integer(), (4.0).is_integer(), 3.5.as_integer_ratio() if hasattr(3.5, "as_integer_ratio") else "")
    for bad in ["1/0", "1%0", "1.0/0", "2**-1"]:
        try:
            print(eval(bad) if False else {"1/0": lambda: 1 / 0, "1%0": lambda: 1 % 0, "1.0/0": lambda: 1.0 / 0, "2**-1": lambda: 2 ** -1}[bad]())
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
    try:
        int("abc")
    except ValueError as e:
        print(e)
    try:
        float("x")
    except ValueError as e:
        print(e)
    try:
        10 ** 400 * 1.0
    except OverflowError as e:
        print("OverflowError", e)

asyncio.run(main())
