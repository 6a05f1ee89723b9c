import string


def slugify(title):
    allowed = string.ascii_lowercase + string.digits
    out = []
    for ch in title.lower().strip():
        if ch in allowed:
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


titles = ["  Hello, World!  ", "SQLAlchemy 2.0: What's New?", "ÜBER cool", "a--b__c"]
for t in titles:
    print(repr(slugify(t)))
s = "first_name,last_name,,email"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.partition(","), s.rpartition("_"))
print("snake_case_name".title(), "snake_case_name".replace("_", " ").capitalize(), "CamelCase".swapcase())
print("  x ".strip(), "xxhixx".strip("x"), "abc".zfill(6), "-42".zfill(6), "ab".ljust(5, ".") + "|")
print("Hello".startswith(("He", "x")), "a.b.c".count("."), "hello".find("l"), "hello".rfind("l"), "hello".index("lo"))
print(",".join(map(str, range(5))), "tab\tsep".expandtabs(4), "line1\nline2\r\nline3".splitlines())
print("42".isdigit(), "4.2".isdigit(), "abc".isalpha(), "ABC".isupper(), " ".isspace(), "Title Case".istitle())
print(string.capwords("hello   world"), "%s has %d items (%.1f%%)" % ("cart", 3, 42.456))
print("{0}-{1}-{0}".format("a", "b"), "{name:>6}".format(name="x"), "{:,}".format(10**9), "{!r}".format("q"))
print("ß".upper(), "İ".lower(), "ǅ".title(), len("e\u0301"), "straße".casefold())
print("user@example.com".removesuffix(".com").removeprefix("user@"), "abc"[::-1], "abcdef"[1:5:2])
