import a, b,c from b
