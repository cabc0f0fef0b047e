def f():
    return
    x is 1
if 0:
    y = 1 is 1
