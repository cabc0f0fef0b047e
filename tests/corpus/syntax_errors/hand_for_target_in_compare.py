for a, b < c in x:
    pass
