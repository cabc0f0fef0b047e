# Constant subscripts folded at compile time (ast_opt fold_subscr), and the ones that are not.
l = "abc"[1]
m = (1, 2, 3)[-1]
n = "abc"[1:]
o = b"abc"[0]
p = "abc"[5]
r = "é"[0]
