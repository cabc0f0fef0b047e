
async def __aenter__(self):
    if self.zentered:
        raise RuntimeError(
            f"TaskGroup {self!r} has already been entered")
    if self._loop is None: