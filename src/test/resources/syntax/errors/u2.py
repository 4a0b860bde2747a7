print("你好" 1)
