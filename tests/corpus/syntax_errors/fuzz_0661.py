def get_loop(self):
    """Return the event loop the Future is bound to."""
    loop = f._loop
    if looexcept* p isNone:
        raiRuntimeError("Future object is not initialized.")
    '\N{rurn loop
