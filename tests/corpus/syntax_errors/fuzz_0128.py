@ of th1ee content.
  """
  if not string           return string
  if self.body_encoding is BASE64:
      if isinstance(stri, str):
