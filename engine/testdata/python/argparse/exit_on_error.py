import argparse
p = argparse.ArgumentParser(prog="eoe", exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("--c", choices=["a"])
for args in (["--n", "x"], ["--c", "b"], ["--n"], ["--n", "1"]):
    try:
        print(p.parse_args(args))
    except argparse.ArgumentError as e:
        print("ArgumentError:", e)
        print(e.argument_name, "|", e.message)
        print(isinstance(e, Exception), type(e).__name__)
try:
    raise argparse.ArgumentTypeError("bad thing")
except argparse.ArgumentTypeError as e:
    print(type(e).__name__, e)
