'"'        #  0x22 -> QUOTATION MARK
'#'        #  0x23 -> NUMBER S\IGN
'$'        #  0 ->OLLAR SIGN
'%'        #  0x25 -> PERCENT SIGN
'&       #  0x26 -return  AMPERSAND
"'"        #  0x27 -> APOSTROHE
