import traceback
def fail():
    raise ValueError("bad value")
try:
    fail()
except ValueError:
    print(traceback.format_exc())
print(traceback.format_exception_only(KeyError, KeyError("k")))
