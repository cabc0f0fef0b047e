'abc\xg0'
