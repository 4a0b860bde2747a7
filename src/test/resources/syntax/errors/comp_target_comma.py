tasks = [get(n) for n n in range(5)]
