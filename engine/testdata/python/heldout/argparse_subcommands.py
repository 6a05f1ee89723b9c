import argparse, sys
p = argparse.ArgumentParser(prog="app")
sub = p.add_subparsers(dest="cmd", required=True)
a = sub.add_parser("add")
a.add_argument("name")
a.add_argument("--qty", type=float, default=1.0)
r = sub.add_parser("remove")
r.add_argument("ids", nargs="+", type=int)
g = p.add_mutually_exclusive_group()
g.add_argument("--quiet", action="store_true")
g.add_argument("--loud", action="store_true")
p.add_argument("--level", action="count", default=0)
print(p.parse_args(["add", "apple", "--qty", "2.5"]))
print(p.parse_args(["--level", "--level", "remove", "1", "2", "3"]))
print(p.parse_args(["--quiet", "add", "x"]).quiet)
try:
    p.parse_args(["remove", "x"])
except SystemExit as e:
    print("SystemExit", e.code)
