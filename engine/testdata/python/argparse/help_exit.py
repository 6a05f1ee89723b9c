import argparse, contextlib, io
p = argparse.ArgumentParser(prog="hx", description="Helpful.")
p.add_argument("x")
try:
    p.parse_args(["-h"])
except SystemExit as e:
    print("exit", e.code, repr(e.code))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    try:
        p.parse_args(["--help", "oops"])
    except SystemExit as e:
        code = e.code
print(code, buf.getvalue().count("\n"))
out = io.StringIO()
p.print_help(out)
p.print_usage(file=out)
print(len(out.getvalue()), out.getvalue().splitlines()[-1])
try:
    p.exit()
except SystemExit as e:
    print("exit()", e.code)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p.exit(3, "bye\n")
    except SystemExit as e:
        print("exit(3)", e.code)
    try:
        p.error("custom problem")
    except SystemExit as e:
        print("error", e.code)
print(err.getvalue(), end="")
