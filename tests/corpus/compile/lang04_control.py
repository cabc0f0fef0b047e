def f(n):
    i = 0
    while i < n:
        i += 1
        if i == 3:
            continue
        if i > 7:
            break
    else:
        print("done")
    for j in range(n):
        if j % 2:
            pass
        elif j == 4:
            break
        else:
            continue
    else:
        j = None
    for a, (b, c) in [(1, (2, 3))]:
        print(a, b, c)
    while True:
        n -= 1
        if not n:
            break
    x = 1 if n else 2
    if n and (i or j) and not x:
        return 1
    return x

def g(a, b):
    if a < b < 10:
        return a
    while a:
        try:
            a -= 1
            if a == 5:
                break
        finally:
            b += 1
    return b
