import argparse
p = argparse.ArgumentParser(prog="ver")
p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
p.add_argument("-V", action="version", version="a long version string " * 6)
p.add_argument("x", nargs="?")
for args in (["--version"], ["-V"], ["x"]):
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
p.print_help()
