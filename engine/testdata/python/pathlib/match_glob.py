from pathlib import PurePosixPath as P
p = P("/srv/app/static/css/site.min.css")
for pat in ["*.css", "site.*", "css/*.css", "static/*.css", "/srv/*/*/*/*.css", "/srv/*.css", "*", "*/*", "s?te.min.css", "[rs]ite.min.css", "[!s]ite.min.css", "[a-z]*.css", "*.CSS", "app/**/site.min.css"]:
    print(pat, p.match(pat))
print(P("a/b.py").match("a/*.py"), P("b.py").match("a/*.py"), P("a/b.py").match("/*.py"), P("/a.py").match("/*.py"))
try:
    p.match("")
except ValueError as e:
    print("ValueError", e)
import os.path
print(os.path.join(P("a"), "b"), os.path.basename(P("/x/y.txt")), os.path.splitext(P("q.tar.gz")))
