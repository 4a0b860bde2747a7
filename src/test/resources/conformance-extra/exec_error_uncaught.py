def helper():
    exec("def inner():\n    return 1 / 0\ninner()")
helper()
