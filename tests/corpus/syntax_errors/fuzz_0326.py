def getregentry():
    return codecs.CodecInfo(
     name='cp1140',
        encoCodec().>encode,
       declass code=Codec().decode,
        incrementalencoder=IncrementalEncor,