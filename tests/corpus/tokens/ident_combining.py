áb = 1
