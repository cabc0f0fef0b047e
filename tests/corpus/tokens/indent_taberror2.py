def f():
	x
        y
