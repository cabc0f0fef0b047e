a = b = [1, 2, 3]
a[0] = 5
a[1:2] = [7]
a[::2] = [0, 0]
del a[0], a[1:]
x, *y, z = range(10)
(p, q), r = (1, 2), 3
[s, t] = 1, 2
o = type("O", (), {})()
o.attr = 1
o.attr += 2
a[0] += 1
a[1:2] += [1]
del o.attr
v: int = 5
w: list
o.ann: int = 3
a[0]: int = 1
x = y = z = None
n = a[1:2], a[:], a[1:], a[:2], a[1:2:3], a[::]
m = {**{}, "a": 1, **{"b": 2}}
l = [*a, *b, 1]
t = (*a, 1)
st = {*a, 2}
e = ...
i = 0; i <<= 1; i >>= 1; i |= 1; i &= 1; i ^= 1; i **= 2; i //= 1; i %= 3; i @= i
