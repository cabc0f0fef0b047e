def f1():
    try:
        return 1
    finally:
        return 2

def f2(xs):
    for x in xs:
        try:
            if x:
                break
            continue
        finally:
            print(x)
    else:
        return None

def f3(cm):
    with cm as a:
        with cm as b:
            return a, b

def f4(cm):
    for i in range(3):
        with cm:
            if i:
                continue
            break

async def f5(cm, x):
    async with cm:
        try:
            await x
        finally:
            await x

async def f6():
    try:
        yield 1
    except GeneratorExit:
        raise
    finally:
        await cleanup()

def f7():
    try:
        yield 1
    except ValueError as e:
        yield e
    else:
        yield 2

def f8(x):
    try:
        pass
    except* (ValueError, TypeError) as eg:
        del eg
    finally:
        x = None
    return x
