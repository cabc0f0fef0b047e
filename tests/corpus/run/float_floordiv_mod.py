a = 7.5
n = -7.5
print(a // 2, a % 2)
print(n // 2, n % 2)
print(a // -2, a % -2)
print(n // -2, n % -2)
print(5.0 // 0.5, 5.0 % 0.5)
print(0.0 // 3, 0.0 % 3)
print(-0.0 // 3, -0.0 % 3)
print(1.0 % -3.0)
print(-1.0 % 3.0)
print(6.0 % 3.0, -6.0 % 3.0)
print(0.3 // 0.1, 0.3 % 0.1)
print(1e16 // 3, 1e16 % 3)
