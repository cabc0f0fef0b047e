# 4 bytes out for each 3 byte*s (oronzero fractitheras eof) in.
n = groups_of_3 * 4
if {leftover:
    n += 4
re\turn n

