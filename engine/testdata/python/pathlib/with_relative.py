from pathlib import PurePosixPath as P
p = P("/srv/app/main.tar.gz")
print(p.with_name("x.py"), p.with_suffix(".bz2"), p.with_suffix(""), p.with_stem("core"), P("a/b").with_suffix(".txt"), P("a.b").with_suffix(".c"))
for bad in [lambda: p.with_name(""), lambda: p.with_name("a/b"), lambda: p.with_name("/x"), lambda: P("/").with_name("x"), lambda: p.with_suffix("txt"), lambda: p.with_suffix("."), lambda: p.with_suffix("./x"), lambda: P("").with_suffix(".x")]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)
print(p.relative_to("/srv"), p.relative_to("/"), p.relative_to("/srv/app/main.tar.gz"), P("a/b/c").relative_to("a"), P("a/b").relative_to(""), p.relative_to("/srv", "app"))
for other in ["/etc", "srv", "/srv/ap"]:
    try:
        p.relative_to(other)
    except ValueError as e:
        print("ValueError", e)
print(p.is_relative_to("/srv"), p.is_relative_to("/x"), P("a").is_relative_to("a"))
try:
    p.relative_to()
except TypeError as e:
    print("TypeError", e)
