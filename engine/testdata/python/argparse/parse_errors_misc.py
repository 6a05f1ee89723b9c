import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="pe")
p.add_argument("--two", nargs=2)
p.add_argument("--one")
p.add_argument("--some", nargs="+")
p.add_argument("--maybe", nargs="?")
p.add_argument("--flag", action="store_true")
p.add_argument("pos", nargs=3)
run(p, ["--two", "a"])
run(p, ["--one", "--flag"])
run(p, ["--maybe", "1", "2"])
run(p, ["a", "b"])
run(p, ["a", "b", "c", "d"])
run(p, ["--one=", "a", "b", "c"])
run(p, ["a", "--flag", "b", "c"])
run(p, ["-", "b", "c"])
run(p, ["--two", "-1", "x", "a", "b", "c"])
