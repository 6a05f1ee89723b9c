import sys, warnings
print(sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.platform in ("linux", "darwin", "win32"))
print(type(sys.argv).__name__, sys.byteorder in ("little", "big"), sys.getrecursionlimit() > 100, sys.float_info.max)
print(sys.stdout.write("partial ") , flush := True)
print(isinstance(sys.path, list), "sys" in sys.modules, sys.intern("x") == "x")
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old()
    warnings.warn("plain")
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
warnings.filterwarnings("error", category=UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
try:
    sys.exit("bye message")
except SystemExit as e:
    print("SystemExit", e.code, repr(e))
