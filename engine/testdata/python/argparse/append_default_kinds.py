import argparse
p = argparse.ArgumentParser(prog="adk")
p.add_argument("--s", action="append", default="d")
p.add_argument("--t", action="append", default=("x",))
p.add_argument("--e", action="extend", nargs="+", default=None)
p.add_argument("--c", action="append_const", const=1, default=[0])
print(p.parse_args(["--e", "a", "--e", "b", "--c", "--c"]))
for args in (["--s", "1"], ["--t", "y"]):
    try:
        p.parse_args(args)
    except AttributeError as e:
        print("AttributeError", e)
print(p.get_default("c"))
