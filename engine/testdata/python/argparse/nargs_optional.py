import argparse

def show(p, args):
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)

p = argparse.ArgumentParser(prog="no")
p.add_argument("--maybe", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="*")
p.add_argument("--some", nargs="+", type=int)
p.add_argument("--two", nargs=2, metavar=("X", "Y"))
p.add_argument("pos", nargs="*")
show(p, [])
show(p, ["--maybe"])
show(p, ["--maybe", "v"])
show(p, ["--many", "a", "b", "--some", "1", "2"])
show(p, ["--many"])
show(p, ["--two", "a", "b", "c"])
show(p, ["x", "--maybe", "--some", "3", "y"])
show(p, ["--two", "a"])
show(p, ["--some"])
show(p, ["--maybe=", "z"])
