print(1)
yield 5
