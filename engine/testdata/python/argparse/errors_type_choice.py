import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return n

def picky(s):
    raise TypeError("no")

p = argparse.ArgumentParser(prog="tc")
p.add_argument("n", type=int)
p.add_argument("--size", choices=["s", "m", "l"])
p.add_argument("--num", type=int, choices=range(1, 4))
p.add_argument("--even", type=even)
p.add_argument("--f", type=float)
p.add_argument("--p", type=picky)
run(p, ["x"])
run(p, ["1", "--size", "xl"])
run(p, ["1", "--num", "7"])
run(p, ["1", "--num", "2", "--size", "m"])
run(p, ["1", "--even", "3"])
run(p, ["1", "--even", "q"])
run(p, ["1", "--f", "nan"])
run(p, ["1", "--f", "1,5"])
run(p, ["1", "--p", "z"])
