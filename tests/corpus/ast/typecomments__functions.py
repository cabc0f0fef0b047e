def f(a, # type: int
      b):
    # type: (...) -> None
    pass
x = 1  # type: ignore[foo]
for x in y:  # type: int
    pass
with a as b:  # type: int
    pass
y = 2 # type: List[int]
z = 3  # type: ignore
async def g():
    # type: () -> None
    async for x in y:  # type: int
        pass
    async with a:  # type: int
        pass
