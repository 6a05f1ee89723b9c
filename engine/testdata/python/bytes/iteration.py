for x in b"AZ":
    print(x, type(x).__name__)
print([chr(c) for c in b"hi"])
print(sum(b"\x01\x02\x03"), max(b"abc"))
print(b"%s=%d" % (b"k", 5))
