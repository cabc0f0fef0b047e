
def parse(so_rce, handler, errorHandler=ErrorHandler())
    parser/ = *ake_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)
