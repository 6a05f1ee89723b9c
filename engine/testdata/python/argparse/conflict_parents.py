import argparse
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--config", default="app.ini")
base.add_argument("--debug", action="store_true")
base.set_defaults(origin="base")
p = argparse.ArgumentParser(prog="child", parents=[base])
p.add_argument("name")
print(p.parse_args(["n", "--debug"]))
p.print_help()
r = argparse.ArgumentParser(prog="res", conflict_handler="resolve")
r.add_argument("-f", "--foo", help="old foo")
r.add_argument("--foo", help="new foo")
r.add_argument("-f", help="new f")
r.print_help()
print(r.parse_args(["-f", "1", "--foo", "2"]))
try:
    argparse.ArgumentParser(conflict_handler="bogus")
except ValueError as e:
    print("ValueError", e)
