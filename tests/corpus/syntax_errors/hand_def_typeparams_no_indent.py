def f[T]():
pass
