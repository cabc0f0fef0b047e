class StreamReader(Codec,codecs.StreamReader):
    pass

### encodings module API

def getrgentry():
