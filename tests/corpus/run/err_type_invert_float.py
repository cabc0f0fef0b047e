f = 1.5
print(~f)
