a = 1
x = [
    (1, 2)
    (3, 4)
]
y = "abc"(1)
z = [i for i in a](0)
w = f"{a}"()
n = None()
