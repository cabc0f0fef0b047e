# commentx = 1
