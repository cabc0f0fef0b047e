def f(x):
    assert x
    assert x > 0, "must be positive"
    if __debug__:
        print("debug")
    raise
def g():
    raise ValueError("v")
def h(e):
    raise TypeError from e
