import sys, traceback
def fail(n):
    if n == 0:
        raise RuntimeError("bottom")
    fail(n - 1)
try:
    fail(2)
except RuntimeError as e:
    traceback.print_exception(e, file=sys.stdout)
    print("---")
    traceback.print_exc(file=sys.stdout)
    print("---")
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    print(traceback.format_exception(e)[-1], end="")
