p = 7
n = -7
d = 2
m = -2
print(p // d, p % d)
print(n // d, n % d)
print(p // m, p % m)
print(n // m, n % m)
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(0 // 3, 0 % 3)
print(6 // 3, 6 % 3)
print(1 // 5, 1 % 5)
print(-1 // 5, -1 % 5)
print(123456 // 1000, 123456 % 1000)
