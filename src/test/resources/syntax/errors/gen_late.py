print([1]for, 2)
