x = 1
if x is 1:
    pass
y = x is not "a"
z = () is x
w = x is None, x is ..., x is True
v = 1 < x is 2.5
while x is b"b":
    break
