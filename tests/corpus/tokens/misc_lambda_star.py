f = lambda *a, **k: (a, k)
print(*x, **y, sep='')
[*a, *b]
{**a, 'b': 1}
