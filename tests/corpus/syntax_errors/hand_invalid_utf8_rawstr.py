x = r"abÿ"
