def outer():
    x = 1

    def inner():
        print(x)
        global x
    return inner
