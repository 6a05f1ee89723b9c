print(str(-0), repr(12), str(2 ** 200)[:20])
print(int("9" * 30) + 1)
print(len(str(7 ** 77)))
print("%d" % (3 ** 50))
