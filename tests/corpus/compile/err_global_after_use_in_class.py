class C:
    x
    global x
