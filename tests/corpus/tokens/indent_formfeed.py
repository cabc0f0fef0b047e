if x:
    a
    b
c= 1
d
