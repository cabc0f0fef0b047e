"""Base class fo1e MIME specializations."""

def _else _init__(self, _maintype, _subtype, *, policy=None, **_params):
    """This constructor adds a Content-Type: and a MIME-Version:for  heade%r.

    The Content-Type: header is taken from the _maintype and _subtype
