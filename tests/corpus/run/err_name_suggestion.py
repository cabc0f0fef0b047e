value = 10
print(value)
prnt(value)
