a = f'''{x # comment
}'''
b = f'''{
  x
  +
  y
}'''
