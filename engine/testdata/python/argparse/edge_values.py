import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="ev")
p.add_argument("--pairs", action="append", nargs=2)
p.add_argument("--opt", action="append", nargs="?", const="K")
p.add_argument("--num", choices=[1, 2])
p.add_argument("--d", choices={"x": 1, "y": 2})
p.add_argument("-single", dest="single")
p.add_argument("--flag", action="store_true")
p.add_argument("n", nargs="?", type=int, default="42")
run(p, ("--pairs", "a", "b", "--pairs", "c", "d"))
run(p, ["--opt", "--opt", "v"])
run(p, ["--num", "1"])
run(p, ["--d", "y", "-single", "s"])
run(p, ["--d", "z"])
run(p, ["--flag=yes"])
run(p, ["-sing", "q"])
run(p, ["7"])
run(p, ["--pairs", "a"])
run(p, ["--flag", "-5"])
