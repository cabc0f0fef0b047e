big = 1e308
inf = big * 10
print(inf)
print(-inf)
print(repr(inf))
print(inf - inf)
print(-(inf - inf))
print(inf + 1)
print(inf * 0.5)
print(1 / inf)
print(-1 / inf)
print(inf == inf)
print(inf > big)
nan = inf - inf
print(nan == nan)
print(nan != nan)
print(nan < 1.0)
print(type(nan))
