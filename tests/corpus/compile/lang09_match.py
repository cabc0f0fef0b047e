def m(cmd):
    match cmd:
        case 0 | 1:
            return "small"
        case [x, y, *rest]:
            return x, y, rest
        case {"k": v, **others}:
            return v, others
        case Point(x=0, y=yy) as p:
            return p, yy
        case str() | bytes():
            return "text"
        case (1, 2):
            return 12
        case -1 | 2.5 | 1+2j | "s" | b"b" | None | True:
            return "lit"
        case a.b.c:
            return "value"
        case {1: _, "x": [_, *_]}:
            return "deep"
        case [*_, last] if last > 3:
            return last
        case _:
            return None

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def m2(p):
    match p:
        case Point(1, 2):
            pass
        case Point(a, b) if a == b:
            pass
        case [Point(x=0), *rest]:
            pass
        case x:
            return x
