import argparse

def pair(s):
    a, b = s.split(":")
    return (a, int(b))

p = argparse.ArgumentParser(prog="conv")
p.add_argument("count", type=int)
p.add_argument("--ratio", type=float, default="0.5")
p.add_argument("--name", type=str, default="anon")
p.add_argument("--pair", type=pair)
p.add_argument("--level", type=int, default="3")
p.add_argument("--raw", default=7)
ns = p.parse_args(["12", "--pair", "x:4"])
print(ns)
print(type(ns.ratio).__name__, type(ns.level).__name__, ns.raw)
ns = p.parse_args(["-5", "--ratio", "1e3"]) if False else p.parse_args(["5", "--ratio", "1e3", "--level", "9"])
print(ns.count + 1, ns.ratio, ns.level)
print(p.get_default("level"), p.get_default("nothing"))
