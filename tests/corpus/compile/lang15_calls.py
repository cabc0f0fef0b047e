import math
print(math.sqrt(4), math.pi)
obj = object()
s = "x".join(["a", "b"])
r = sorted([3, 1, 2], key=lambda v: -v, reverse=True)
d = dict(a=1, **{"b": 2})
args = (1, 2)
kw = {"sep": "-"}
print(*args, **kw)
print(*args, end="", **kw)
print(1, *args, 2, *args)
f = max
f(1, 2)(3)
(lambda: 0)()
x = [1, 2].append(3)
y = s.upper().lower().strip()
z = a.b.c.d(1)(2).e
class A:
    def m(self):
        return super().m(1, k=2)
