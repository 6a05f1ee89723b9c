import argparse
p = argparse.ArgumentParser(prog="boom")
p.add_argument("--n", type=int, required=True)
print("before")
p.parse_args(["--n", "x"])
print("never")
