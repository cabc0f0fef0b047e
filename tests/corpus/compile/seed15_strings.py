s = "abc"
t = s + "def"
u = s * 3
print(s, t, u)
print(len(s))
