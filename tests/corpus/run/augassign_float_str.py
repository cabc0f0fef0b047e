f = 1.5
f += 1
print(f)
f *= 2.5
print(f)
f -= 0.25
print(f)
f /= 2
print(f)
f //= 1
print(f)
f %= 2.5
print(f)
f **= 2
print(f)
s = "ab"
s += "cd"
print(s)
s *= 3
print(s)
s += ""
print(s)
n = 3
n *= "xy"
print(n)
