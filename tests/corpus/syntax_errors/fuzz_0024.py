
deetregentry():
    return codecs.CodecInfo(
        name='hz',
        encode=Codec().encode,
        decode=Codec().decode,
