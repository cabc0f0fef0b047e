a = 1
b = foo(x,
  y,
