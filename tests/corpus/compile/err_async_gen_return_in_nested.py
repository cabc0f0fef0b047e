async def f():
    def g():
        return 1
    yield 2
    return 3
