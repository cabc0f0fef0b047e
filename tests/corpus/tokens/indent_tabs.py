if x:
	a
	if y:
		b
	c
d
