import sys
n = sys.stdout.write("abc\n")
print(n)
sys.stdout.write(str(42) + "\n")
print(sys.stdout.isatty() in (True, False))
