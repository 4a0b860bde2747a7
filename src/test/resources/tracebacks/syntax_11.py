def f():
    x = [await z for z in y]
