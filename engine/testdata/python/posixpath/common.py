import os.path
print(repr(os.path.commonprefix([])), os.path.commonprefix(["interspecies", "interstellar", "interstate"]))
print(repr(os.path.commonprefix(["/usr/lib", "/usr/lib64"])), os.path.commonprefix(("a",)))
for ps in [["/usr/lib", "/usr/lib64"], ["/a/b/c", "/a/b/d", "/a/b"], ["a/./b", "a/b/c"], ["/"], ["a", "b"], ["a//b", "a/b/"], ("x/y", "x/y")]:
    print(ps, repr(os.path.commonpath(ps)))
for bad in [[], ["/a", "a"], [1]]:
    try:
        os.path.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.path.commonprefix([1, 2])
except TypeError as e:
    print("TypeError", e)
