x = 1
print("before", x)
print(undefined_name)
print("never printed")
