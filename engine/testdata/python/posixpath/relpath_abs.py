import os.path
for p, s in [("/a/b/c", "/a"), ("/a", "/a/b/c"), ("/a/b", "/a/b"), ("/", "/x/y"), ("/x/y", "/"), ("/a/./b/../c", "/a/c/d"), ("a/b/c", "a/x"), ("a", "a"), ("a/b", "c")]:
    print(p, s, os.path.relpath(p, s))
print(os.path.abspath("/a/./b/../c/"), os.path.isabs(""), os.path.isabs("//x"), os.path.expanduser("x~"), os.path.expanduser(""))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)
