from pathlib import PurePosixPath as P, PurePath
base = P("/data")
print(base / "raw" / "x.csv", "rel" / P("a"), base / P("/abs"), base.joinpath("a", "b", "/c", "d"), base.joinpath())
print(P("a") == P("a/"), P("a") == P("./a"), P("a") == "a", P("a") != P("b"), P("/a") == P("a"))
paths = [P("b"), P("a/z"), P("a"), P("/z"), P("A"), P("a/b")]
print(sorted(paths), max(paths), P("a") < P("b"), P("a/b") > P("a"))
try:
    P("a") < "b"
except TypeError as e:
    print("TypeError", e)
try:
    base / 3
except TypeError as e:
    print("TypeError", e)
print(len({P("a"), P("a/"), P("./a"), P("b")}), {P("x"): 1}[P("x/")], hash(P("q")) == hash(P("q")))
print(str(base), f"{base}/{'x'}", base.as_posix(), isinstance(base, PurePath), issubclass(P, PurePath))
