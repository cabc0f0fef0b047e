from __future__ import annotations

def f(a: list[int], b: dict[str, "X"] = None, *c: int, **d: float) -> tuple[int, ...]:
    return ()

x: int = 5
y: "Some" | None

class C:
    attr: Callable[[int], str]
    def m(self) -> C:
        return self
