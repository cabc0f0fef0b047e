x = 3.14159
name = "world"
print(f"hello {name}!")
print(f"{x:.2f} {x!r} {x!s:>10} {name!a}")
print(f"{x=}", f"{name = !r:^20}")
print(f"{'nested ' + f'{name}'}")
width = 8
print(f"{x:{width}.{3}}")
print(f"{{literal}} {1 + 2}")
b = b"bytes" b"concat"
s = "implicit" "concat"
print(f"a" "b" f"{name}")
