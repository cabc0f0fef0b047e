a = 1
b = "two"
c = 3.0
print(a, b)
print(a, b, c)
print()
print(a, b, sep="-", end="!\n")
print(a, b, c, sep=", ")
print(a, b, c, sep="")
print("no newline here", end="")
print(" ...continued")
print(a, end=" ")
print(b, end=" ")
print(c)
print(None, True, False)
print("x", "y", sep="\n")
print(sep="*", end="[end]\n")
print(a, b, end="\n\n")
print("done")
