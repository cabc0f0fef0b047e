def gen(n):
    for i in range(n):
        x = yield i
        if x:
            yield from range(x)
    return n

def gexp(xs):
    return (x * 2 for x in xs if x)

async def agen(n):
    for i in range(n):
        yield i
        await something(i)

async def acomp(xs):
    a = [x async for x in xs]
    b = {x: y for x, y in xs}
    c = {await x for x in xs}
    return a, b, c

def nested_comp(m):
    return [[a * b for b in row] for a, row in enumerate(m) if a for _ in "ab"]

def walrus(xs):
    if (n := len(xs)) > 3:
        return n
    return [y for x in xs if (y := x + 1)]
