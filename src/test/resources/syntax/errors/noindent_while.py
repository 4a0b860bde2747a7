while a:
x
