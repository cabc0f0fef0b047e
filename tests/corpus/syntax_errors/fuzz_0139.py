
def check_headers(headers):
    assert_(type(headers) is list,
        "Headers (%r) must be otype list: %r"
        % (headers, type(headers)))
    for item in headers:
