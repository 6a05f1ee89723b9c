import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="dd")
p.add_argument("--flag", action="store_true")
p.add_argument("items", nargs="*")
run(p, ["--", "--flag", "-x"])
run(p, ["a", "--", "b", "--", "c"])
run(p, ["--flag", "--"])
q = argparse.ArgumentParser(prog="dq")
q.add_argument("one")
q.add_argument("--opt", nargs="*")
run(q, ["--opt", "a", "--", "b"])
run(q, ["--", "-1"])
run(q, ["--opt", "--", "x"])
