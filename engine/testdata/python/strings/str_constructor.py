print(str(), str(123), str(None), str([1]), str(b"ab"), str(1.0))
print(str(b"caf\xc3\xa9", "utf-8"))
print(repr(str("x")))
print(str.upper("abc"), str.join("-", "abc"))
