match x:
    case 1:
        pass
    case -1:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case "a" "b":
        pass
    case b"x":
        pass
    case None | True | False:
        pass
    case a.b.c:
        pass
    case [1, 2, *rest]:
        pass
    case (1, 2, *_):
        pass
    case []:
        pass
    case ():
        pass
    case {"a": 1, **rest}:
        pass
    case {}:
        pass
    case {1: _, a.b: [x, y]}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case Point():
        pass
    case [a, b] if a > b:
        pass
    case (a | b) as c:
        pass
    case x:
        pass
    case _:
        pass
match (a, b):
    case 1, 2:
        pass
match a, *b:
    case [*c]:
        pass
match = 1
case = 2
_ = match + case
type = 3
print(type)
