def worker():
    while True:
        item = yield
        print("got", item)


g = worker()
next(g)
g.send(1)
g.throw(KeyError("stop"))
