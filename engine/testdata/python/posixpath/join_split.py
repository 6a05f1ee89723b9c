import posixpath as pp
for args in [("a",), ("a", "b"), ("a/", "b"), ("a", "/b", "c"), ("", ""), ("", "a", ""), ("/", ""), ("a//", "//b")]:
    print(args, repr(pp.join(*args)))
for p in ["", "/", "//", "a", "a/", "/a/b/", "///a//b", "a/b.c/d"]:
    print(repr(p), pp.split(p), repr(pp.basename(p)), repr(pp.dirname(p)))
try:
    pp.join()
except TypeError as e:
    print("TypeError", e)
try:
    pp.join("a", 3)
except TypeError as e:
    print("TypeError", e)
try:
    pp.basename(None)
except TypeError as e:
    print("TypeError", e)
