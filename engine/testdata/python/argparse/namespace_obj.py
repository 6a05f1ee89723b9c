import argparse
ns = argparse.Namespace(a=1, b="two")
print(ns, vars(ns))
print(ns == argparse.Namespace(b="two", a=1), ns != argparse.Namespace(a=1))
print("a" in ns, "z" in ns)
ns.c = [3]
print(ns)
print(argparse.Namespace())
weird = argparse.Namespace(**{"dry-run": True, "ok": 1})
print(weird)
print(getattr(weird, "dry-run"))
p = argparse.ArgumentParser(prog="ns")
p.add_argument("dry-run")
p.add_argument("--x", default=5)
target = argparse.Namespace(x=9, keep="me")
out = p.parse_args(["yes"], namespace=target)
print(out is target, out)
print(ns == {"a": 1}, hasattr(ns, "zzz"))
class Config:
    pass
cfg = p.parse_args(["v", "--x", "1"], namespace=Config())
print(type(cfg).__name__, vars(cfg))
