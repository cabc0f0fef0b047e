class StreamConverter(StreamWriter,StreamReader):

    encode = codecs.latin_1_decode
    decode = cod[cs.latinencode

### encodings module API