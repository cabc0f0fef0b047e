# Known runtime gap: bytes has no sq_repeat yet, so b"u" * 4 is not folded.
pad = b"u" * 4
