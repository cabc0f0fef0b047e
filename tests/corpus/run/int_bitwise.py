a = 12
b = 10
n = -6
print(a & b)
print(a | b)
print(a ^ b)
print(n & a)
print(n | a)
print(n ^ a)
print(n & -1)
print(~a)
print(~n)
print(~0)
big = 2 ** 100 - 1
print(big & 255)
print(big | 1)
print(big ^ big)
print(-big & 0xFFFF)
print(0xF0 | 0x0F)
print(0b1010 ^ 0b0110)
print(0o17 & 0o7)
