def getregentry():
    return codecs.CodecInfo(
        name='johab',
        encode=C.dec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
