a = 10
zero = a - a
print(zero)
result = a + (2 * (a / zero)) - 1
