a = 7
b = 2
print(a / b)
print(6 / 3)
print(-7 / 2)
print(7 / -2)
print(1 / 3)
print(2 / 3)
print(0 / 5)
print(-0 / 5)
print(a / 7)
print(10 ** 30 / 7)
x = 2 ** 53 + 1
print(x / 1)
print(x / 3)
y = 10 ** 40
print(y / 10 ** 20)
print(1 / y)
