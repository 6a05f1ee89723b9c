import argparse, contextlib, io

p = argparse.ArgumentParser(prog="uk")
p.add_argument("--a", type=int, default=1)
p.add_argument("x", nargs="?")
ns, rest = p.parse_known_args(["--b", "2", "--a", "5", "pos", "more", "-c"])
print(ns, rest)
ns, rest = p.parse_known_args([])
print(ns, rest)
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.parse_args(["y", "z", "--q=1"])
except SystemExit as e:
    print("exit", e.code)
print(err.getvalue(), end="")
print(p.parse_known_args(["--a=3", "--", "--a"]))
