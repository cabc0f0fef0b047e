y = f"a{x}Ã"
