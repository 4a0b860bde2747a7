def f():
    return sorted(task=result() for task in dones)
