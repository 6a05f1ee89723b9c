from pathlib import PurePosixPath as P, PurePath
for s in ["", ".", "/", "//", "///", "a", "a/", "/a/b.c/", "//x/y", "a/./b//c", "../x", "a/..", ".hidden", "file.", "x.tar.gz", "..", "a/.b.c"]:
    p = P(s)
    print(repr(s), str(p), repr(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes, p.parent, p.anchor, p.is_absolute())
print(P("a", "b", "/c", "d"), P(P("x"), "y"), PurePath("q"), type(PurePath("q")).__name__, P() == P("."))
print(P("/a/b/c").parents[0], P("/a/b/c").parents[2], len(P("a/b").parents), list(P("/").parents), P("a/b/c").parents[-1], P("/a/b/c").parents[1:])
try:
    P("a").parents[1]
except IndexError as e:
    print("IndexError", e)
try:
    P(3)
except TypeError as e:
    print("TypeError", e)
