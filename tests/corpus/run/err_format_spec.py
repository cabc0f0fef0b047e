# An uncaught ValueError from the format mini-language.
values = [3.5, 10, "x"]
for v in values:
    print(f"{v:>6}")
print(f"{values[2]:d}")
