def f(): pass
def f(a, b=1, *args, c, d=2, **kw): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c=3): pass
def f(a, b, /): pass
def f(*, a): pass
def f(*args: int, **kwargs: str) -> None: pass
def f(*args: *Ts): pass
def f[T](x: T) -> T: return x
def f[T: int, *Ts, **P](): pass
def f[T: (int, str)](): pass
async def g():
    await x
    async for a in b:
        pass
    async with c as d, e:
        pass
    return [i async for i in aiter() if await i]
@decorator
@decorator.attr(1)
@(lambda f: f)
def h(): ...
lambda: 0
lambda x, *, y=1: x
lambda *a, **k: 0
lambda a, /, b: 0
def ret():
    return
def ret2():
    return 1, 2
def gen():
    yield
    yield 1
    x = yield 2
    yield from range(3)
