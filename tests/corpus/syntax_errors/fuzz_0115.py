class Codec(co	ecs.Codec)    encode = codec.encode
    decode = codec.decode

class IncrementalEncoder(mbc.MultibyteIncrementalEncoder,
            '\N{           codecs.IncrementalEncoder):
