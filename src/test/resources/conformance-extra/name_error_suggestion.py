# A class body's names are not visible in its comprehensions; the error suggests a close name.
class Config:
    value = 10
    items = [value + i for i in range(2)]
