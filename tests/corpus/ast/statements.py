import a
import a.b.c as d, e
from . import x
from .. import y as z
from ...pkg import (a, b as c,)
from .mod import *
from __future__ import annotations
global g1, g2
del a, b[0], c.d, (e, f), [g]
assert x
assert x, "msg"
raise
raise E
raise E from e
pass; pass;
if a: pass
elif b: pass
elif c: pass
else: pass
while x: break
else: continue
for i, (j, k) in x: pass
else: pass
for *a, b in c: pass
with a: pass
with a as b, c as (d, e): pass
with (a as b, c as d,): pass
with (a, b): pass
with (yield): pass
try: pass
except: pass
try: pass
except E: pass
except (A, B) as e: pass
else: pass
finally: pass
try: pass
finally: pass
try: pass
except* E: pass
except* (A, B) as e: pass
x = y = z = 1
x, y = y, x
[a, *b] = c
(a, b), c = d
a.b = c[d] = e
x += 1; x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 2; x **= 2
x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
x: int
x: int = 1
(x): int = 1
a.b: int
a[0]: int = 1
x = yield_value if cond else other
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
