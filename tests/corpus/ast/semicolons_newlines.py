x = 1;
y = 2; z = 3

if x:

    pass

    # comment
    y = 2
	
def f():
    return 1  # trailing
