def f():
    raise ExceptionGroup("boom", [ValueError("a"), ExceptionGroup("inner", [KeyError("k")])])
try:
    f()
except* KeyError as e:
    print("keys", repr(e))
