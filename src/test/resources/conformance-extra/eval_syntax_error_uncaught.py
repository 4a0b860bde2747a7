print("before")
eval("1 +* 2")
