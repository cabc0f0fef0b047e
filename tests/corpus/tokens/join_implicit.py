x = (1,
     2)
y = [a
  for a in b]
z = {
  'k':
    'v'
}
f(a,
  # comment inside
  b)
