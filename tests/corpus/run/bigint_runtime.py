# The same kind of arithmetic, through names, so it happens at run time.
two = 2
hundred = 100
ten = 10
seven = 7
print(two ** hundred)
print(-seven // two)
print(-seven % two)
big = ten ** 30
print(big // seven)
print(big % seven)
print(-big // seven)
print(-big % seven)
print(big // -seven)
print(big % -seven)
print(big * big)
print(big * -big)
print(big - big)
print(big + 1 - big)
x = two ** 64
print(x - 1)
print(-x)
print(x * x - 1)
print((x + 1) * (x - 1))
print(x ** 3)
print(x << 3)
print(x >> 3)
print(x & (x - 1))
print(x | 1)
print(~x)
print(big // big)
print(7 ** 77)
print(-(3 ** 99))
