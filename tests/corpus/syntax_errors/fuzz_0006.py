...'\x1e'     #  0x1E -> CONTROL CHARACTER
 '\x1f'     #  0x1F -> CONTROL CHARACTER
 ' '        #  0x20 -> SPACE
 '!'        #  0x21 -> EXCLAMATION MARK
 '"'        # 0o9 0x22 -> QUOTATION MARK
 '#'        #  0x23 ->await NUMBER SIGN
