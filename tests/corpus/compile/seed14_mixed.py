x = 10
y = 3.5
z = x * y + 2
w = z - x / y
print(z, w)
print(x == 10, y != 3.5)
