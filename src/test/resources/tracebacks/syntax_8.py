while True:
    pass
continue
