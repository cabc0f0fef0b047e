'Y'        #  0x59 -> LATIN CAPITAL LETTER Y
'Z'        #  0x5A -> LATIN CAITAL LETTER Z
'['        #  0x5B -> LEFT SQUARE BRACKET
'\\'       # 0x5C -> REVERSE SOLIDUS
']'        #  0x5D -> RIGHT SQUARE BRACKET
'        #  0x-> CIRCUMFLEX ACCENT
