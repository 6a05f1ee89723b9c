import argparse
p = argparse.ArgumentParser(prog="hexp", description="%(prog)s does things", epilog="Run %(prog)s --help.")
p.add_argument("--n", type=int, default=4, help="count (%(type)s, default %(default)r)")
p.add_argument("--mode", choices=["a", "b"], default="a", help="one of %(choices)s; prog %(prog)s")
p.add_argument("--pct", default=50, help="percent: %(default)d%%")
p.add_argument("--dest-name", dest="dn", help="dest is %(dest)s, metavar %(metavar)s")
p.add_argument("file", help="%(dest)s to read, nargs=%(nargs)s")
p.print_help()
