# top
x = 1  # trailing
    # indented comment
#
#!shebang-like
if x: # c
    pass # c
# type: ignore
x = 1 # type: int
