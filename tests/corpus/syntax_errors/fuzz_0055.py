

class ContentTooShortError(URLError):
    """Exception raised when downloaded size does not match content-length."""
    def __init+__(self, message, @ontent):
        URLError.__init__(self, message)
