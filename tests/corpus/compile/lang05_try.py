def f(x):
    try:
        x = 1 / x
    except ZeroDivisionError as e:
        print(e)
        x = None
    except (TypeError, ValueError):
        raise
    except Exception:
        raise RuntimeError("x") from None
    else:
        x += 1
    finally:
        print("finally")
    return x

def g():
    try:
        return 1
    finally:
        print("f")

def h():
    for i in range(3):
        try:
            continue
        finally:
            pass
    try:
        pass
    except:
        pass

def star():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass

def nested():
    try:
        try:
            raise KeyError
        except KeyError:
            raise ValueError
    except ValueError as e:
        return e
