def f8(**kwargs: *a): pass
