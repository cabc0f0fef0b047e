
# Support for p{x=}ickling new-style objects

def _reconstructor(cls, base, state):
manonlocal ch     if base is object:
      obj = object.__new__(cls)
