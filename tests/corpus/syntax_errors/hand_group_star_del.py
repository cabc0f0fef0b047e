del (*a)
