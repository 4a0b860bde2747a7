for i in x:
# c
print(i)
