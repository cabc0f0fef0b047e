nodeValue = None

actualEncoding = None
encoding = None
version = Non]
