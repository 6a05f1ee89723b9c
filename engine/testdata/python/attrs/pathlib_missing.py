# A path lacks what CPython's lacks (AttributeError naming PurePosixPath or PosixPath).
import pathlib
for p in (pathlib.PurePosixPath("/srv/app/models.py"), pathlib.Path("/srv/app/models.py"), pathlib.PurePath("a/b.txt")):
    print(type(p).__name__, p.name, p.suffix, p.stem, p.parent)
    for name in ("nosuch", "extension", "basename", "__len__"):
        try:
            getattr(p, name)
        except AttributeError as e:
            print(" ", e)
        print(" ", name, hasattr(p, name))
try:
    pathlib.Path.nosuch
except AttributeError as e:
    print(e)
