x = 1ex
