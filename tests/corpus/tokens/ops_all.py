a + b - c * d / e // f % g ** h @ i
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
a & b | c ^ ~d << e >> f
a < b > c <= d >= e == f != g
f(x) -> y; a[1:2]; a.b; a, b; a; ...
(x := 1)
{a: b}
x = a if b else c
@dec
def f(*a, **k) -> int: pass
