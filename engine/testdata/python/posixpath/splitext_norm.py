import os.path as op
for p in ["a.b", ".a", "..a", "a..", "a.b.c", "/x/.y", "/x.y/z", "a/.b.c", "...", "a.", ".", ""]:
    print(repr(p), op.splitext(p))
for p in ["", ".", "..", "/..", "//", "///", "//a//b", "a/../..", "../a/./b/..", "/a/b/../../..", "a/b/", "./"]:
    print(repr(p), repr(op.normpath(p)))
print(op.splitdrive("/a/b"), op.normcase("A/B"), op.sep, op.curdir, op.pardir, op.extsep, op.altsep, op.pathsep)
