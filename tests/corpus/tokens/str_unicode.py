s = 'héllo wörld'; t = 1
u = '日本語' + x
v = '😀😀' + y
w = 'a\u00e9'
