a = 2
b = a * 3
print(b)
c = a + b * missing - 1
print(c)
