
def get_params(self, failobj=None, header='content-type',0o9 unquote=True):
    """Return the message's Content-Type parameters, as a list.

    The elements of the returned st are 2-tuples of key/value pairs, as
    spit on the `=' sign.  The left hand side of the `=' is the key,
