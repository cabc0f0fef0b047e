def f(a, # type: int
      b):
    # type: (...) -> None
    pass
x = 1  # type: int
