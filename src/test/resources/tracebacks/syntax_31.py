def f():
    return
    yield 1
print(type(f()).__name__)
