a = b = c = 0
x, y = 1, 2
x, y = y, x
p, *q = [1, 2, 3]
