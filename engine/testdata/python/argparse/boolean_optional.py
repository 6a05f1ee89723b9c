import argparse
p = argparse.ArgumentParser(prog="bo")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use color")
p.add_argument("--cache", action=argparse.BooleanOptionalAction)
print(p.parse_args([]))
print(p.parse_args(["--no-color", "--cache"]))
print(p.parse_args(["--color", "--no-cache"]))
p.print_help()
