x = 1e-a
