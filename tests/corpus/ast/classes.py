class A: pass
class B(A, metaclass=M): x = 1
class C[T](Base[T]): pass
class D(*bases, **kw): pass
@dataclass
class E:
    x: int
    y: str = ""
    z: list[int] = field(default_factory=list)
type Alias = int
type Generic[T] = list[T]
type Complex[K: str, *V, **P] = dict[K, tuple[*V]]
