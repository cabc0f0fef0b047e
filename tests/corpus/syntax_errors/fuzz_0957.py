import codecs

### Codec APIs

class Codec(cod.odec):

