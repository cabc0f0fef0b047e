# Names bound to each kind of constant, then printed.
i = 42
n = -17
z = 0
s = "spam"
e = ""
f = 3.5
g = -0.25
nothing = None
yes = True
no = False
print(i)
print(n)
print(z)
print(s)
print(e)
print(f)
print(g)
print(nothing)
print(yes)
print(no)
alias = i
i = 7
print(alias)
print(i)
