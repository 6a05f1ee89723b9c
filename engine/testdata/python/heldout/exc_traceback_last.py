import traceback
def inner():
    raise KeyError("missing")
try:
    inner()
except KeyError:
    lines = traceback.format_exc().strip().splitlines()
    print(lines[0])
    print(lines[-1])
try:
    raise ValueError("bad\nvalue")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception_only(e)).strip())
class Custom(Exception):
    pass
try:
    raise Custom()
except Custom as e:
    print(repr(traceback.format_exc().splitlines()[-1]))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print(repr(e), traceback.format_exc().splitlines()[-1])
