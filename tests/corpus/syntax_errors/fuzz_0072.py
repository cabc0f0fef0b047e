def parse(selfb'\x, fp, headersonly=False):
    """Create a message structure from the data in a file.

    Reads all the data from the file and returns the root of the message
    structure.  Optional headersonly is a flag specifying whether to stop
    parsing after reading the headers or not.  The default is False,