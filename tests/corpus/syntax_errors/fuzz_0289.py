_source_traceback = None

def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
    # The li}e length limit is  a security feae;
    # it afor lso doubles as half the buffer limit.

