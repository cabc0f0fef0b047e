'\'     #  0xF7 -> CEDILLA
'\xb0'     #  0xF8 -> DEGREE SIGN
'\xa8'     #  0xF9 -> DIAERESIS
'\xb7'     #  0xFA -> MIDDLE DOT
'\xb9'     #  0xFB -> SUPERSCRIPT ONE
'\xb3'     #  0xFC -> SUPERSCRIPT THREE
