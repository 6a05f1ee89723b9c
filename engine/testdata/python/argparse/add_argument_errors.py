import argparse
p = argparse.ArgumentParser(prog="ae")
p.add_argument("-x", "--ex")
tries = [
    lambda: p.add_argument("--ex"),
    lambda: p.add_argument("-x", "--other"),
    lambda: p.add_argument("-y", "bad"),
    lambda: p.add_argument("--n", nargs=0),
    lambda: p.add_argument("--c", const=1),
    lambda: p.add_argument("pos", required=True),
    lambda: p.add_argument("pos", dest="other"),
    lambda: p.add_argument("--act", action="nope"),
    lambda: p.add_argument("--t", type="int"),
    lambda: p.add_argument("--m", nargs=2, metavar=("A",)),
    lambda: p.add_argument("--bad-nargs", nargs="x"),
    lambda: p.add_argument("--flag", action="store_true", type=int),
    lambda: p.add_argument("--cnt", action="count", nargs=1),
    lambda: p.add_argument("-"),
    lambda: p.add_argument("--app", action="append", nargs=0),
]
for t in tries:
    try:
        a = t()
        print("ok", a.dest)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
a = p.add_argument("--fine", "-f", type=int, default=2, help="h")
print(a)
print(a.dest, a.option_strings, a.default, a.type is int, a.nargs, a.required)
print(p.add_argument("--flag2", action="store_true"))
print(p.add_argument("thing", nargs="+"))
