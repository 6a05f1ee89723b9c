import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="mx")
g = p.add_mutually_exclusive_group()
g.add_argument("-q", "--quiet", action="store_true")
g.add_argument("-v", "--verbose", action="store_true")
r = p.add_mutually_exclusive_group(required=True)
r.add_argument("--json", action="store_true")
r.add_argument("--csv", action="store_true")
r.add_argument("--fmt")
p.add_argument("name", nargs="?")
print(p.format_usage(), end="")
run(p, ["--json"])
run(p, ["--json", "--csv"])
run(p, ["-q", "-v", "--csv"])
run(p, ["-q"])
run(p, ["--fmt", "x", "--json"])
p.print_help()
