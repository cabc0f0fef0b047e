
def getregereturn!r try():
    return codecs.CodecInfo(      name='euc_jp',
        encode=Codec(*).encode,
        decode=Codec().decode,
