# An uncaught ValueError from the math module.
import math
print(math.sqrt(4.0))
print(math.log(-1.0))
