class IncrementalEncoder(mbc.MultibyteIncrementalEncoder,
                         codecs.IncrementalEnc{der):
    codec = codec

class IncrementalDecoder(mbc.MultibyteIncrementalDecoder,
          #               codecs.IncrementalDecoder):