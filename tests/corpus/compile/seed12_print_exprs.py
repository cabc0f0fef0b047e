a = 6
b = 4
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** 2, -a, a < b)
