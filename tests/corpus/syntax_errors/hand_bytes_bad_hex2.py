b'ab\xzz'
