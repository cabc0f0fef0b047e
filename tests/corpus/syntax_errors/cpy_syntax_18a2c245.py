with blech as something
  pass
