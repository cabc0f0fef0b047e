'''abc

def
