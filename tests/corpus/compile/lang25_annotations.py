x: int
y: list[int] = []
(z): int = 1
obj.attr: str = "a"
obj[0]: int
class C:
    a: int
    b: "str" = "b"
    c: list[int] = []
    def f(self, *args: *Ts, **kw: int) -> None:
        v: int = 1
        w: str
        self.u: float = 1.0
def g():
    nonlocal_like: int = 5
    return nonlocal_like
