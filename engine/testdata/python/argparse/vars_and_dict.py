import argparse
p = argparse.ArgumentParser(prog="vd")
p.add_argument("--a", default=1)
p.add_argument("--b-c", default=2)
p.add_argument("pos", metavar="POSITION")
args = p.parse_args(["P"])
d = vars(args)
d["extra"] = True
print(args)
print(args.__dict__ is d, sorted(d))
args.a = 10
del args.b_c
print(args, "b_c" in args)
print(args == argparse.Namespace(a=10, pos="P", extra=True))
print(getattr(args, "missing", "dflt"))
try:
    args.missing
except AttributeError as e:
    print("AttributeError", e)
print(repr(argparse.Namespace(x=[1, "a"], y=None, z={"k": (1,)})))
print(str(argparse.Namespace(q=1.5)))
class Sub(argparse.Namespace):
    pass
print(Sub(a=1), Sub(a=1) == argparse.Namespace(a=1))
print(p.parse_args(["Q"], namespace=Sub()))
