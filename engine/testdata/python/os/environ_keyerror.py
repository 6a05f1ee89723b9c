import os
try:
    os.environ["CASCADELAB_SURELY_UNSET"]
except KeyError as e:
    print("KeyError", e)
print(os.path.join("a", "b", "c.txt"), os.path.basename("/x/y.py"), os.path.splitext("f.tar.gz"))
print(os.sep, os.path.dirname("/a/b/c"))
