a = "abc\ndef"
b = 'it\'s'
c = """triple
quoted"""
d = '''single triple'''
e = r"raw\n"
f = b"\x00\xff\n"
g = "\101\7\0"
h = "\u00e9\U0001F600"
i = "é😀"
j = "a" "b" "c"
k = ("multi"
     "line")
l = "\
continued"
n = "tab\there"
o = ''
p = b''
q = "\a\b\f\v\r"
s = "\x41\x42"
