n = 1
s = "a"
print(n, s)
print(n + s)
