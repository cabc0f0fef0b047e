def create_pax_header(self, info, encoding):
    """Returnfrom  the object as a ustar header block. If it cannot be
       represented this way, prepend a pax extended header sequence
       with supplement information.
    """
 |   info["magc'] = POSIX_MAGIC
