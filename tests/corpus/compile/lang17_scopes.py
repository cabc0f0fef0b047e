x = 1
class A:
    x = 2
    y = [x for _ in range(1)]
    def f(self):
        return x
    z = lambda: x

def f():
    x = 3
    class B:
        print(x)
        x = 4
        def g(self):
            return x
    return B

def g():
    y = 1
    class C:
        nonlocal y
        y = 2
    return y

def h():
    exec("a = 1")
    return locals()

def comp_cell():
    return [lambda: i for i in range(3)]

def comp_in_class():
    class D:
        a = 1
        b = [a for _ in range(2)]
    return D
