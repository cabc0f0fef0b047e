a = 17
b = 5
c = -3
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a * c)
print(c * c)
print(a + b * c)
print(a - b - c)
print(0 - a)
print(0 * c)
print(12 + 30)
print(100 - 1)
print(-6 * 7)
