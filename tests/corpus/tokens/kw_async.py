async def f():
    await x
    async with a as b:
        pass
    async for i in y:
        pass
async = 1
await = 2
asyncx = 3
