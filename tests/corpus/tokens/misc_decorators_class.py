@a.b(c)
class C(B, metaclass=M):
    '''doc'''
    x: int = 1
    def f(self, /, a, *, b=2) -> None:
        return (yield from g())
