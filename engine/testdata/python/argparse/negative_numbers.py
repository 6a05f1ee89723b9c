import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="neg")
p.add_argument("x", type=float)
p.add_argument("--n", type=int)
run(p, ["-1.5"])
run(p, ["--n", "-3", "-.5"])
run(p, ["-x"])
run(p, ["-1e3"])
q = argparse.ArgumentParser(prog="negopt")
q.add_argument("-1", dest="one", action="store_true")
q.add_argument("y", nargs="?")
run(q, ["-1"])
run(q, ["-2"])
run(q, ["a b"])
run(q, ["-a b"])
