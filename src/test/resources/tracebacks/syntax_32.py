def f():
    del x
    x = 1
f()
