import argparse, contextlib, io

def run(p, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="multi")
p.add_argument("-v", action="store_true")
sub = p.add_subparsers(required=True)
db = sub.add_parser("db", help="database commands", description="Database tools.")
dbsub = db.add_subparsers(dest="dbcmd")
mig = dbsub.add_parser("migrate")
mig.add_argument("--to", type=int)
dbsub.add_parser("reset")
run(p, [])
run(p, ["db", "migrate", "--to", "3"])
run(p, ["db", "migrate", "--to", "x"])
run(p, ["-v", "db"])
run(p, ["db", "migrate", "-v"])
db.print_help()
mig.print_help()
q = argparse.ArgumentParser(prog="pos")
q.add_argument("src")
qs = q.add_subparsers(dest="action", metavar="ACTION", help="what to do")
q1 = qs.add_parser("copy", aliases=["cp", "c"], help="copy it")
q1.add_argument("dst")
print(q1.prog)
run(q, ["s", "cp", "d"])
run(q, ["s", "mv"])
q.print_help()
