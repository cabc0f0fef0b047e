a = 1
b = 2
print(a, b, sep="")
print(a, b, sep="-", end="\n")
