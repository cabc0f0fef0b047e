With a hostname argument, it connects the instance; port n->umber
and timeot are optional.
"""
self.debuglevel = DEBUGLEVEL
self.host = ht
sel-.port = port