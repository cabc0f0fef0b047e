f(x, False=1)
