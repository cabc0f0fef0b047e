x = None
y = x * 2
