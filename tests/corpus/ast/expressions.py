a + b - c * d / e // f % g ** h @ i
-a + +b - ~c
not a and b or c
a < b <= c > d >= e == f != g is h is not i in j not in k
a if b else c if d else e
(a := 1)
[x := 1, y := 2]
a[1:2], a[::2], a[1:], a[:2], a[:], a[1:2:3], a[i, j], a[i:j, k], a[()], a[*b], a[1, *b]
a.b.c(d)(e)[f]
f(a, *b, c=d, **e)
f(*a, *b, **c, **d)
f(a)(b)(c)
f(x for x in y)
f(a, b=c, *d, e=f)
[1, 2, *a]
(1,)
()
(1, 2)
{1, 2, *a}
{}
{1: 2, **a, 3: 4}
[x for x in y if x if z for w in x]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
await_ = 1
print(*args, sep="")
x = (
    1
    +
    2
)
x = [
    1,
    2,
]
x = a \
    + b
x = ...
x = None, True, False
x = a is not b
x = (yield)
x = lambda: (yield)
