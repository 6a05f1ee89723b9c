print([c for c in "héllo"])
print(ord("A"), ord("é"), ord("日"), chr(97), chr(0x1F600) == "\U0001F600")
print(list(map(ord, "abc")))
print(max("hello"), min("hello"), sorted("cab"))
