import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="tco", exit_on_error=False)
p.add_argument("--b", type=bool)
p.add_argument("--i", type=int, choices=[1, 2])
p.add_argument("--s", choices=[1, 2])
p.add_argument("--l", type=str.upper, choices=["A", "B"])
p.add_argument("items", nargs="*", choices=["x", "y"])
p.add_argument("--req", required=True)
run(p, ["--req", "r", "--b", "False"])
run(p, ["--req", "r", "--i", "2", "--s", "2"])
run(p, ["--req", "r", "--l", "a", "x", "y", "x"])
run(p, ["--req", "r", "z"])
run(p, ["--req", "r"])
run(p, ["--l", "c"])
run(p, [])
