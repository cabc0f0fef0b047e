a = *b, c
for x in *a, b: pass
return_ = (*a, *b)
print(*a)
[*a] = b
