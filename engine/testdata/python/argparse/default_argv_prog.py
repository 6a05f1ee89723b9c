import argparse, sys
p = argparse.ArgumentParser(description="uses sys.argv")
p.add_argument("--x", default="none")
p.add_argument("rest", nargs="*")
print(p.prog)
print(p.parse_args())
print(p.format_usage(), end="")
sys.argv = ["tool", "--x", "1", "a"]
print(p.parse_args())
q = argparse.ArgumentParser()
print(q.prog)
print(p)
