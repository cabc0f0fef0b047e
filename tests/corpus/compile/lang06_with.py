import contextlib

def f(path):
    with open(path) as fh:
        data = fh.read()
    with open(path) as a, open(path) as b:
        pass
    with contextlib.suppress(Exception):
        raise ValueError
    with (open(path) as c, open(path)):
        return c

async def g(cm):
    async with cm as x:
        await x
    async with cm, cm as (y, z):
        return y

async def h(it):
    async for i in it:
        print(i)
    else:
        print("done")
    return [i async for i in it if await i]
