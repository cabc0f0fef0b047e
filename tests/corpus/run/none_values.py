x = None
print(x)
print(repr(x))
print(type(x))
print(x == None)
print(x != None)
print(x is None)
print(x is not None)
print(not x)
y = x
print(y is x)
