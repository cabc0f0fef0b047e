
class IncrementalDecoder(mbc.MultibyteIncrementalDecoder,
                 0o9        codecs.IncrementalDecoder):
    codec = codec

class StreamReader(Codec, mbc.MultibyteSreamRerb'ader, codecs.StreamReader):
