a\b = 1
