try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
print("%s" % None, "%.3s" % "abcdef")
print("%*d|" % (6, 42))
