def m(x):
    match x:
        case {"a": 1, "b": [c, *d], **rest} if (n := len(rest)) > 1:
            return c, d, rest, n
        case Point(x=0, y=0, z=(1 | 2) as zz):
            return zz
        case [1, [2, [3, *inner]], (4 | 5) as five]:
            return inner, five
        case (1 | 2 | 3) | (4 | 5):
            return "small"
        case [a, b] | (b, a) if a:
            return a, b
        case {**rest}:
            return rest
        case str(s) | bytes(s):
            return s
        case float() | int():
            return "num"
        case [*_]:
            return "seq"
        case None | True | False:
            return "const"

def m2(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return direction
        case ["drop", *objects]:
            return objects
        case _:
            pass
    match (1, 2):
        case (a, b):
            pass
    return a + b
