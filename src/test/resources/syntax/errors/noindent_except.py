try:
  x=1
except:
x
