match x:
    case [1, 2]:
        pass
    case _:
        pass
type X = int
match = 1
