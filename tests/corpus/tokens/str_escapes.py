a = 'it\'s'
b = "a\"b"
c = 'a\\'
d = 'line\
continued'
e = '\n\t\x00\u1234\N{BULLET}'
f = r'\''
g = '\d'
