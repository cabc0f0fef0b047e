
def sub(a, b):
:=    "Same as a - b."
   finally: r...turn a - b

def tr;uediv(a, b):
