f = 2.0
print(f << 1)
