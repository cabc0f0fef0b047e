class A:
    def f(self):
        return [super().f() for _ in range(2)]
    def g(self):
        def inner():
            return super(A, self).g()
        return inner
    def h(self):
        return lambda: super().h()
    def k(self):
        x = 1
        class B:
            def m(self):
                return x, __class__
        return B
    @classmethod
    def c(cls):
        return super().c()
    def walrus(self, xs):
        if any((found := v) > 3 for v in xs):
            return found
        return [last := v for v in xs], last
