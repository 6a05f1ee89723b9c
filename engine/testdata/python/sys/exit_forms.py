import sys

print(sys.platform != "", isinstance(sys.version, str), sys.version_info.major, sys.version_info >= (3, 11))
print(type(sys.argv).__name__, sys.getrecursionlimit(), sys.byteorder, sys.maxsize == 2**63 - 1)
print("__main__" in sys.modules, sys.modules["__main__"].__name__, sys.float_info.max, sys.float_info.epsilon)
print(sys.stdout.write("abc\n"), file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stdout.flush()
print(sys.intern("x"), sys.exception(), sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
try:
    sys.exit("fatal: config missing")
except SystemExit as e:
    print("SystemExit", repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code, isinstance(e, Exception), isinstance(e, BaseException))
sys.exit(0)
