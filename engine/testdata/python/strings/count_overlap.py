print("aaaa".count("aa"), "abababa".count("aba"))
print("aaaa".replace("aa", "b"))
print("a.b.c".split(".", 1), "a.b.c".rsplit(".", 1))
print("abc".split("abc"), "".join([]))
