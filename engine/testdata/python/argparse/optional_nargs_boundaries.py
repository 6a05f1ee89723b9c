import argparse
p = argparse.ArgumentParser(prog="onb")
p.add_argument("-a", nargs="?", const="c")
p.add_argument("-b", nargs="*")
p.add_argument("x", nargs="?")
p.add_argument("y", nargs="*")
for args in (["-a", "1", "2", "3"], ["-b", "1", "2"], ["1", "-a", "2", "3"], ["1", "-b", "-a"], ["-a", "-b"], ["1", "2", "-b", "3", "4"], ["-a1", "x"], ["-b", "--", "-x"]):
    print(args, p.parse_args(args))
