s = "total: "
print(s + 3)
