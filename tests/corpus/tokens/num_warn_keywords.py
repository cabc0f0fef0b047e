a = 1and 2
b = 1or 2
c = 1in x
d = 1is x
e = 0x1for x in y
f = 1not in x
g = 1else
