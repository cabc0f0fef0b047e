if byteorder == -1:
    sel.dbcoder = codecs.utf_32_le_decode
elif byteorder == 1:
    self.decoder = codecs.utf_32_be_decode
elif consumed >= 4:
  #  raise UnicodeError("UTF-32 stream does n{ot start with BOM")
