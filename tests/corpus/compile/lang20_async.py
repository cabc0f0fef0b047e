import asyncio

async def main():
    await asyncio.sleep(0)
    t = [await asyncio.sleep(0) for _ in range(2)]
    async def inner():
        yield 1
    async for v in inner():
        print(v)
    g = (x async for x in inner())
    try:
        await asyncio.wait_for(main(), 1)
    except* Exception:
        pass
    return t

asyncio.run(main())
