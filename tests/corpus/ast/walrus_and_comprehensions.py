[y := f(x), y**2]
[(y := f(x)) for x in data]
any((x := i) > 0 for i in r)
{x: y for x in a for y in b if x if y}
[[j for j in range(i)] for i in range(3)]
