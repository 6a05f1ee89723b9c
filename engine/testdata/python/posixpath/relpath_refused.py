# expect: refusal os.path.relpath of a relative path
import os.path
print(os.path.relpath("/a/b", "/a"))
print(os.path.relpath("a/b"), os.path.relpath("x", "x/y"))
print(os.path.relpath("../a", "b"))
