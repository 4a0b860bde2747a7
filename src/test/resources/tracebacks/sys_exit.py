import sys
print("before exit")
sys.exit("fatal: stopping")
