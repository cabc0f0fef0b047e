big = 10 ** 5000
print(big > 0)
print(big)
