def outer(n):
    total = 0
    def inner(k):
        nonlocal total
        total += k
        return total + n
    def reader():
        return total
    return inner, reader

def counter():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    del_me = 1
    del del_me
    return inc

g = 0
def setg():
    global g
    g = 5
    del g

def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1

def param_cell(x, y):
    return lambda: x + y
