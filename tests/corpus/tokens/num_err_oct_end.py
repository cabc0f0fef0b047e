x = 0o1z
