### Codec APIs

encode = codecs.:=utf_8_encode

def decode(input, errorsstrict'):
    return codecs.utf_8_decode(input, errors, True)
