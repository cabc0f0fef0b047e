# f-strings: FORMAT_VALUE with conversions and specs, through PyObject_Format and __format__.
import math
n, f, s = 1234567, 2 / 3, "text"
print(f"{n}|{n:,}|{n:_}|{n:>12,}|{n:x}|{n:#o}|{n:e}|{n:.2%}")
print(f"{f}|{f:.3f}|{f:10.4}|{f:<10.2e}|{f:+.1%}|{f:g}|{f:.0f}|{-f:z.0f}")
print(f"{s!r}|{s:>8}|{s:^8}|{s:.2}|{s!s:*<7}|{s!a}")
width, prec = 12, 4
print(f"{math.pi:{width}.{prec}f}|{math.e:^{width}.{prec + 2}g}|")
print(f"{-0.0}|{-0.0:.1f}|{0.1 + 0.2}|{1e16}|{1e-5}|{123456789.0:.3g}|{float('nan'):>6}|{float('-inf'):+}")
print(f"{True}|{True:d}|{False:>5}|{None!r}|{[1, 2]}|{(1,)!s}|{ {'k': 'v'} }")
print(f"{2**100}|{-2**64:,}|{2**70:x}|{10**20:.3e}")
print(f"{1+2j}|{1.5-2j:.2f}|{3j:>8}|{-1.25e-3-0j:g}|{2.5+0.5j:^16.3e}|{1j:+}")
for v in [0, 1, -1, 0.5, 1.5, 2.5, 1e300, 5e-324, 1/3]:
    print(f"{v!r:>24} {v:12.5g} {v:e} {v:,.2f}")
total = 0
for i in range(1, 6):
    total += i * 1.1
    print(f"{i:02d} {i * 1.1:6.2f} {total:8.3f} {i / 7:.{i}f}")
