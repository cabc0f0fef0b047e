print(len("ok"))
print(len(5))
