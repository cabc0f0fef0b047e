match(x)
match[x]
match.x = 1
case(x)
type(x)
_ = 1
match x:
    case {**rest}: pass
