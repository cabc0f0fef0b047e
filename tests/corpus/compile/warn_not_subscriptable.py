a = 1
x = 5[0]
y = None[1]
z = {1, 2}[0]
w = (lambda: 0)[0]
g = (i for i in a)[0]
ok = "abc"[0]
