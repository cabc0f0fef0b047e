a = b = c = 7
print(a, b, c)
a = a + 1
print(a, b, c)
x = y = "s"
print(x + y)
