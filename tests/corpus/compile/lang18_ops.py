def ops(a, b):
    return (a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a @ b,
            a << b, a >> b, a & b, a | b, a ^ b, -a, +a, ~a, not a,
            a < b, a <= b, a == b, a != b, a > b, a >= b,
            a is b, a is not b, a in b, a not in b,
            a < b < 3 <= a, a and b, a or b, a and b or not b)

def cond(a, b):
    if a is None:
        return 1
    if not (a < b):
        return 2
    if a and not b or b:
        return 3
    while a is not None and b:
        a = None
    return 4
