if True:
    x = "ü"
  y
