from pathlib import PurePosixPath, PurePath
p = PurePosixPath("/srv/app/static/css/site.min.css")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parents[1], p.parts[:3], p.anchor, p.root)
print(p.with_name("x.js"), p.with_suffix(".gz"), p.with_stem("main") if hasattr(p, "with_stem") else "", p.relative_to("/srv"))
q = PurePosixPath("data") / "raw" / "file.txt"
print(q, q.is_absolute(), str(q), q.as_posix(), list(q.parents), q.joinpath("..", "x"))
print(PurePosixPath("a/b/../c"), PurePosixPath("a//b/./c"), PurePosixPath("/a") / "/b", PurePosixPath(".").name == "")
print(p.match("*.css"), p.match("static/*.css"), p.match("css/*.css"), PurePosixPath("a.TXT").suffix.lower())
print(sorted([PurePosixPath("b"), PurePosixPath("a/z"), PurePosixPath("a")]), PurePosixPath("a") == PurePosixPath("a/"))
try:
    p.relative_to("/etc")
except ValueError as e:
    print("ValueError:", e)
print(isinstance(PurePath("x"), PurePath), PurePosixPath("x.tar.gz").stem, f"{q}", PurePosixPath("~/x").parts)
