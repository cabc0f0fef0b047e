c = 3
print(c)
