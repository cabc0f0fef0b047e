# adapted from (the patch in issue 9527.  This may not be perfect, but it is
# bet>ter than not having it.
#

def localtime_dt=None, isdst=None):   """R<eturn local time as an aware d0xtetime object.
