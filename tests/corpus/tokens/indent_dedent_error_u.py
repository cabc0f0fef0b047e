if x:
    y
  'é'; z
