# ArgumentParser's arguments by position are __init__'s in order (prog, usage, description, epilog, ...)
import argparse
p = argparse.ArgumentParser("Todo notes", None, "Keeps notes.", "bye")
p.add_argument("x")
p.print_help()
print(p.parse_args(["1"]), p.prog, p.description, p.epilog)
try:
    argparse.ArgumentParser("a", prog="b")
except TypeError as e:
    print("TypeError:", e)
try:
    argparse.ArgumentParser(*range(14))
except TypeError as e:
    print("TypeError:", e)
