import argparse
p = argparse.ArgumentParser(prog="aa")
a = p.add_argument("--x", default=1)
a.default = 5
a.help = "set later"
b = p.add_argument("y", nargs="?")
b.required = False
print(p.parse_args([]))
p.print_help()
c = p.add_argument("--v", action="version", version="9")
print(c.version, c.dest, c.default, c.nargs)
h = p.add_argument("--hh", action="help")
print(h)
print(p.add_argument("--cnt", action="count"))
print(p.add_argument("--ac", action="append_const", const=1))
print(p.add_argument("--sc", action="store_const", const="k", help="sc"))
print(p.add_argument("--sf", action="store_false"))
