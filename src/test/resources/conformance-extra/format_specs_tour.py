import asyncio

async def main():
    x, name, pi = 42, "Ada", 3.14159265
    print(f"{x:>8}|{x:<8}|{x:^8}|{x:08d}|{x:+d}|{x:x}|{x:X}|{x:o}|{x:b}|{x:#x}|{x:,}|{1234567:_}")
    print(f"{pi:.2f}|{pi:10.3f}|{pi:e}|{pi:.3e}|{pi:g}|{1e20:g}|{0.0001:g}|{pi:%}|{0.5:.0%}|{pi:.0f}")
    print(f"{name!r}|{name!s}|{name:>10}|{name:*^9}|{name!r:>10}|{name=}|{x = }|{pi=:.1f}")
    print(f"{'nested'}|{x*2}|{[1,2][0]}|{ {'a':1}['a'] }|{x if x else 0}|{'%d' % 3}")
    w, p = 10, 3
    print(f"{pi:{w}.{p}f}|{1e6:,.2f}|{-1.5:08.2f}|{12345.678:,.1f}|{float('inf'):5}|{float('nan')}")
    print(f"{True}|{None}|{True:d}|{3:.2f}|{2.0}|{1e16}|{1.5e-7}|{123456789012345678}")
    print(f"{{literal}}|{x!r:}|{'a' 'b'}")
    print(f"{3.0:g}|{100000.0:g}|{1000000.0:g}|{0.1+0.2}|{1/3:.15g}|{2**0.5:.17g}")
    print(format(12, "c") if False else "", f"{65:c}", f"{'s':5s}|", f"{-7:5}|", f"{7:<5}|", f"{-0.0}")
    print(f"{1_000:=+8}|{-3:=8}|{3.5:=+8.2f}")
    print("%5.1f|%-5d|%05d|%x|%o|%e|%g|%r|%s|%%|%c" % (2.345, 3, 42, 255, 8, 1234.5, 0.00001, "q", [1], 65))
    print("%(a)s-%(b)d" % {"a": "A", "b": 2}, "%s" % (1,), "%s" % [1, 2], "%.3s" % "abcdef", "%+d" % 5, "%i" % 3.7)

asyncio.run(main())
