import argparse

def show(p, args):
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)

p = argparse.ArgumentParser(prog="np")
p.add_argument("a")
p.add_argument("b", nargs="?", default="B")
p.add_argument("c", nargs="*")
show(p, ["1"])
show(p, ["1", "2"])
show(p, ["1", "2", "3", "4"])

q = argparse.ArgumentParser(prog="nq")
q.add_argument("xs", nargs="+")
q.add_argument("y")
show(q, ["1", "2", "3"])
show(q, ["1", "2"])

r = argparse.ArgumentParser(prog="nr")
r.add_argument("pt", nargs=2, type=int)
r.add_argument("rest", nargs="*", default=["d"])
show(r, ["1", "2"])
show(r, ["1", "2", "3"])

s = argparse.ArgumentParser(prog="ns")
s.add_argument("first", nargs="?")
s.add_argument("second", nargs="?")
s.add_argument("--opt")
show(s, ["--opt", "o", "x"])
show(s, ["x", "--opt", "o", "y"])
show(s, [])
