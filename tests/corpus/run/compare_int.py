a = 3
b = 5
print(a < b)
print(a <= b)
print(a > b)
print(a >= b)
print(a == b)
print(a != b)
print(a == 3)
print(a <= 3)
print(a >= 3)
print(b != 5)
big = 2 ** 100
print(big > b)
print(-big < -b)
print(big == 2 ** 100)
print(big == big + 1)
print(0 == -0)
