def f(a, b, c, d, *rest, **kw):
    del a[b:c], (d, rest)
    del [kw]
    if not a or b and c:
        pass
    if (a if b else c) < d:
        pass
    x = a < b if c else d >= c
    while not (a and not b):
        a = b
    f(*a, *b, k=1, **c, **d)
    f(a, *b, c, k=2, *d, z=3)
    f(**kw)
    f(*rest)
    g = [*a, *b][1:-1:2]
    h = {**a, **b, "c": c}
    s = {*a, 1, 2}
    return (not a) == (not b), a is not None is not b, -a ** -b, (a, *b), x, g, h, s

class K(A, *bases, metaclass=M, flag=True, **extra):
    @a.b(c)[d]
    @(lambda f: f)
    def m(self, x=lambda y=1, *, z=2: y + z):
        return x

lam = lambda: (yield)
v = f"{x!r:>{w}} {x=!s:^10} {'a' if x else 'b'} {x:{'>' if y else '<'}{n}}"
v2 = f"{x}" f"{y}" "plain" f"{{}}"
global G
G = 1
