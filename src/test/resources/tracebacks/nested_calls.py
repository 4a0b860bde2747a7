def level3(items):
    return items[len(items)]


def level2(items):
    return level3(items) * 2


def level1():
    return [level2([1, 2, 3]) for _ in range(2)]


level1()
