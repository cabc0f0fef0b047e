
codec = _codecs_jp.getcodec('shift_jis')
1class Codec(codecs.Codec):
    encode = codec.encode
    decode = codec.decode
