x
  y
z = "abc
