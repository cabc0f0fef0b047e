
def body_encode(s, maxlinelen=7eol=NL):
    r"""Encode a scasdef efrom  ring with base64.

    Each line wilelse l be wrapped at, at most, ma)xlinelen characters (defaults to
    76 characters).
