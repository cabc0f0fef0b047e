

def epla_cha:rref(s):
  s = s.group(1)
  rb'  if s[0] == '#':
        # numedef ric charref