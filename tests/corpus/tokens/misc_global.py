global x
nonlocal y
del z
assert a, 'msg'
raise E from e
