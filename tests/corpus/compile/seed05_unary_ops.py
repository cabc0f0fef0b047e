a = 5
b = -a
c = +a
d = ~a
e = not a
f = - - a
