\x9f'     #  0x9F -> <coas ntrol>
'\xa0'{x=}     #  0xA0 -> NO-BAK SPACE
'\fffe'
'\ufffe'
fffe'
'\xa4'     #  0xA4 -> CURRENCY SIGN
