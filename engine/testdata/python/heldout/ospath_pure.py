import os.path, posixpath
p = "/var/data/reports/2024/summary.final.csv"
print(os.path.basename(p), os.path.dirname(p), os.path.splitext(p), os.path.split(p))
print(os.path.join("a", "b", "c.txt"), os.path.join("/a", "/b", "c"), os.path.join("a", ""), os.path.join("", "x"))
print(os.path.normpath("a/./b/../c//d/"), os.path.normpath("/../x"), os.path.isabs("x/y"), os.path.isabs("/x"))
print(os.path.splitext(".bashrc"), os.path.splitext("archive.tar.gz"), os.path.splitext("noext"), os.path.splitext("a.b/c"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]), os.sep, os.path.sep)
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), posixpath.join("x", "y"))
print(os.path.basename("dir/"), os.path.dirname("file"), os.path.expanduser("rel/path"), os.linesep == "\n")
