def f(a, b=1, *args, c, d=2, **kw):
    return a + b + c + d + len(args) + len(kw)

def g(x, /, y, *, z=3):
    "docstring"
    return x, y, z

def ann(a: int, b: "str" = "x", *c: float, d: list[int] = None, **e: dict) -> bool:
    return True

async def co(x):
    await x
    return x

lam = lambda x, y=2, *a, k=1, **kw: x + y
print(f(1, c=2), g(1, 2), ann(1), lam(1))
print(f(*[1, 2], **{"c": 3}), f(1, *(2, 3), c=4, **{"e": 5}))
obj = g(1, y=2, z=3)
