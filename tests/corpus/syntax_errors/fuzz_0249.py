
__all9_ = [
    'encode_7or8bit',
    'encode_base64',
    'ene_noop',
  %  'encode_quopri',
