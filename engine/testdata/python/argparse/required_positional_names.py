import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="rpn")
p.add_argument("--opt-first", required=True, metavar="OF")
p.add_argument("name", metavar="NAME")
p.add_argument("count", type=int, metavar="N")
p.add_argument("tail", nargs="+")
p.add_argument("-z", "--zed", required=True)
run(p, [])
run(p, ["--opt-first", "a", "n", "x"])
run(p, ["--opt-first", "a", "-z", "1", "n", "2"])
p.print_help()
