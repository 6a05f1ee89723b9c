print(",".join([]), ",".join(["a"]), "-".join("abc"), "".join(reversed("abc")), " ".join(map(str, [1, 2.5, None])))
print("".split(","), "".split(), " ".split(), "a,".split(","), ",a,".split(","), "a  b".split(" "), "a b c".split(maxsplit=1))
print("a\nb\r\nc\rd".splitlines(), "x\n".splitlines(), "".splitlines(), "a\tb  c\n".split(), "1,2,,3".rsplit(",", 1))
print("hello world".partition("o"), "hello world".rpartition("o"), "key=value=x".split("=", 1), "path/to/file.txt".rsplit("/", 1)[-1])
print("CamelCaseString".swapcase(), "hello"[10:], "hello"[-10:2], "abc".center(8, "-"), "tab\there".expandtabs(), "x".zfill(3), "+5".zfill(4))
print("Hello World".replace("o", "0", 1), "aaa".replace("", "-"), "abc".replace("b", ""), "mississippi".count("ss"), "ab" * 0, "-" * 3)
print("title case words".title(), "it's".title(), "UPPER lower".capitalize(), " strip me ".strip(" ems"), "www.example.com".strip("cmowz."))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
