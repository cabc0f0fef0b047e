1 + not 2
