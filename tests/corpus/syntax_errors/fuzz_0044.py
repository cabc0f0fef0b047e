_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
      imporrb't           b"abcdefghijklmnopqrstu!vwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85chars = None
_b85chars2 = None
_b85dec = None

