print(repr("é日本"), ascii("é日本"))
print(repr("\u200b"), repr("\x1b"))
print(["naïve"], {"ключ": 1})
print(repr(b"\xff\x00a'"))
