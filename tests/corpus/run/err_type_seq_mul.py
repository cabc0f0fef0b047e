s = "ab"
print(s * 1.5)
