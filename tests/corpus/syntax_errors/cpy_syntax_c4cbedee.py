with blech, block as something, bluch
  pass
