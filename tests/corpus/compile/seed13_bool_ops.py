a = 1
b = 0
c = a and b
d = a or b
e = a and b or c
f = not a or not b
