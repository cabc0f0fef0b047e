from typing import Callable

class Outer[T, *Ts, **P]:
    type Alias[U] = dict[T, U]
    attr: T
    def method[U: (int, str)](self, x: T, y: U = None, *args: *Ts, z: int = 3, **kw) -> Callable[P, U]:
        return super().method(x)
    class Inner[V]:
        def get(self) -> V:
            return __class__
    def uses_class(self):
        return [__class__ for _ in range(2)]

def gen_defaults[T](x: T = 1, *, y: T = 2) -> T:
    def inner[U](u: U) -> tuple[T, U]:
        return (x, u)
    return inner

class WithClassVar:
    x = int
    type A = list[x]
    def f[T](self) -> x:
        return T

type Rec[T] = list[Rec[T]] | T
