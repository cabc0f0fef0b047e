if x:
    y
    # trailing comment