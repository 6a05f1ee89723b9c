import sys
print("before exit")
sys.exit(2)
print("never")
