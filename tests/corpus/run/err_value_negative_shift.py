one = 1
print(one << 2)
print(one << -1)
