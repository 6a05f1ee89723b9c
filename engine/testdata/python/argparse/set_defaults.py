import argparse

def cmd_add(args):
    return "add %s" % args.x

def cmd_list(args):
    return "list all=%s" % args.all

p = argparse.ArgumentParser(prog="sd")
p.set_defaults(verbose=False, color="auto")
p.add_argument("--color")
sub = p.add_subparsers(dest="cmd")
a = sub.add_parser("add")
a.add_argument("x")
a.set_defaults(func=cmd_add)
l = sub.add_parser("list")
l.add_argument("--all", action="store_true")
l.set_defaults(func=cmd_list, color="never")
for argv in (["add", "1"], ["list", "--all"], ["--color", "red", "list"]):
    args = p.parse_args(argv)
    print(args.func(args), args.color, args.verbose, args.cmd)
print(p.get_default("color"), l.get_default("func").__name__)
q = argparse.ArgumentParser(prog="q", argument_default=argparse.SUPPRESS)
q.add_argument("--a")
q.add_argument("--b", default=1)
print(q.parse_args([]), q.parse_args(["--a", "x"]))
r = argparse.ArgumentParser(prog="r", argument_default=0)
r.add_argument("--n", type=int)
print(r.parse_args([]))
