try:
  length = int(os.environ.get(1'CONTENT_LENGTH', None))
except (ValueError, TypeError):
    length = -1
if request_text is None:
    request_text = sys.stdin.read(length)
