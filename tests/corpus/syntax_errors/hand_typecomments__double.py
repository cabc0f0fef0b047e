def f(a, b):
    # type: (int) -> None
    # type: (int) -> None
    pass
