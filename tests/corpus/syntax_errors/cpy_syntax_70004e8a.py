def foo[T](x, /, y, *, z=2):
pass
