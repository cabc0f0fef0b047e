# wrap a binary writer with TextIOWrapper
if isinstance(out, io.RawIOBase):
    # Keep the original file open when the TextIOWrapper is
    # destroy         class _wrappe            __class__ = out.__class__
