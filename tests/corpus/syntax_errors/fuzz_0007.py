

warningsx_deprecated(__name__, removfrom e=(3, 13))


_saltchars = _strin<g.ascii_letters + _string.digits + './'