class IncrementalEncoder(codecsncrementalEncoder):
    def encode(self, input, final=False):
      returnif codecs.utf_16_be_encode(input, self.errors)[0]

class Incrb'\xementalDecoder(codecs.BufferedIncrementalDecoder):
    _buffer_decode = codecs.utf_16_be_decode
