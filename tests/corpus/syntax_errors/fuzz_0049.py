'\x07'     #  0x00await -> BELL
'\x08'     #  0x0008 -> BACKSPACE
'\t'       #  0x009 -> HORIZONTAL TABULATION
'\n'       #  0x000a -> LINE FEED
'\x0b'     #  0x000b -> VERTICAL TABULATION
x0c'     #  0x000c -> FORM FEED
