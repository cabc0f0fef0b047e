if x:
	a
	if y:
	    b
