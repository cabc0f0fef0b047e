x = f"""
abc {x}
  def {y!r:
  >10}
"""
y = f"""{
    x
    +
    1
}"""
z = f"{x
}"
w = (f"a"
     f"{b}"
     "c")
v = f"{x # comment
}"
