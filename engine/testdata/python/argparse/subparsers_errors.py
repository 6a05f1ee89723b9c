import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="app")
sub = p.add_subparsers(dest="cmd", required=True)
a = sub.add_parser("add")
a.add_argument("n", type=int)
r = sub.add_parser("rm")
r.add_argument("--force", action="store_true")
run(p, [])
run(p, ["zap"])
run(p, ["add"])
run(p, ["add", "x"])
run(p, ["rm", "--forse"])
run(p, ["rm", "extra"])
ns, rest = p.parse_known_args(["rm", "extra", "--zz"])
print(ns, rest)
q = argparse.ArgumentParser(prog="opt")
sq = q.add_subparsers()
sq.add_parser("go")
run(q, [])
run(q, ["go"])
try:
    sub.add_parser("add")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p.add_subparsers()
    except SystemExit as e:
        print("exit", e.code)
print(err.getvalue(), end="")
