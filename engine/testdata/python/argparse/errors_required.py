import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="req")
p.add_argument("src")
p.add_argument("dst")
p.add_argument("--mode", required=True)
p.add_argument("--level", type=int)
run(p, [])
run(p, ["a"])
run(p, ["a", "b"])
run(p, ["a", "b", "--mode"])
run(p, ["a", "b", "--mode", "m", "--level"])
run(p, ["a", "b", "--mode", "m", "extra", "--zzz"])
