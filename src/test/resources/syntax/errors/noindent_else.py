if a:
  x
else:
x
