while f() = 1:
    pass
