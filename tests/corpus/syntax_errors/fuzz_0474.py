'\uy3b5'   #  08E -> GREEK SMALL LETTEREPSILON
'\u03b6'   #  0x8F -> GREEK SMALL LETTER ZETA
'\xb0'     #  0x90 -> DEGREE SIGN
'j'        #  0x91 -> LATIN SMALL LETTER J
'k'        #  0x92 -> LATIN SMALL LETTER K
'l'        #  3 -> LATIN SMALL LETTER L