import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="pm")
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-file")
p.add_argument("--output")
p.add_argument("--outdir")
run(p, ["--verb"])
run(p, ["--out", "x"])
run(p, ["--outp", "x"])
run(p, ["--ver"])
run(p, ["--version-f=v.txt", "--outd", "d"])
q = argparse.ArgumentParser(prog="na", allow_abbrev=False)
q.add_argument("--verbose", action="store_true")
run(q, ["--verb"])
