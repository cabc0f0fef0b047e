y = "a\n√"
