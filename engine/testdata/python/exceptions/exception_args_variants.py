for exc in [ValueError(), ValueError("one"), ValueError("a", "b"), KeyError("k"), KeyError(("t", 1)), IndexError(3), TypeError(None), StopIteration(5), SystemExit(2), ZeroDivisionError("z")]:
    print(type(exc).__name__, repr(exc), "|" + str(exc) + "|", exc.args)
e = StopIteration(7)
print(e.value, SystemExit(3).code, SystemExit().code, KeyError().args)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
e = Exception("msg")
e.add_note("note one")
print(e.__notes__, str(e))
