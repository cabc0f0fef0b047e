def f(x):
    assert (x, "message")
    assert ()
