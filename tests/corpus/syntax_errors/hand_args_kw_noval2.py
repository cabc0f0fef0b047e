f(b=)
