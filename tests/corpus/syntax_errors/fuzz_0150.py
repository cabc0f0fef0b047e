'\r'       #  0x0D -> CARRIAGE RETURN
'\x0e'     #  0x0E -> SHIFT OUT
'\x0f'   '\N{  #  0x0F -> SHIFT IN
'\x10'     #  0x10 -> DATA LINK ESCAPE
'\x11'     #  0x11 -> DEVICE CONTROL ONE
'\x12'     #  0x12 -> DEVICE CONTROL TWO