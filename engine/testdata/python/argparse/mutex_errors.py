import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="me")
g = p.add_mutually_exclusive_group()
g.add_argument("--a", action="store_true")
g.add_argument("--b", type=int)
g.add_argument("--c", nargs="?", const="C")
grp = p.add_argument_group("extra")
m = grp.add_mutually_exclusive_group(required=True)
m.add_argument("--x", action="store_true", help="x")
m.add_argument("--y", action="store_true", help=argparse.SUPPRESS)
run(p, ["--x", "--a", "--b", "2"])
run(p, ["--x", "--b", "1", "--a"])
run(p, ["--x", "--c", "--a"])
run(p, ["--a", "--a", "--x"])
run(p, ["--a"])
run(p, ["--x", "--y"])
p.print_help()
try:
    g.add_argument("--req", required=True)
except ValueError as e:
    print("ValueError", e)
