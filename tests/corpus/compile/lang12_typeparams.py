type Alias = int | str
type Generic[T] = list[T]

def ident[T](x: T) -> T:
    return x

def bounded[T: int, *Ts, **P](x: T, *a: *Ts) -> T:
    return x

class Box[T]:
    def get(self) -> T:
        return self.item

class Sub[K, V](dict[K, V]):
    pass

class C:
    type InClass = list[int]
    def meth[U](self, u: U) -> U:
        return u
