import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="sc")
p.add_argument("-a", action="store_true")
p.add_argument("-b", action="store_true")
p.add_argument("-n", type=int)
p.add_argument("-v", action="count", default=0)
run(p, ["-ab"])
run(p, ["-abn5"])
run(p, ["-n5", "-vvv"])
run(p, ["-n=7"])
run(p, ["-ax"])
run(p, ["-a=1"])
run(p, ["-vn", "3"])
run(p, ["-nx"])
