import traceback, sys
def inner():
    return 1 / 0
def outer():
    return inner()
try:
    outer()
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([f.name for f in tb], [f.lineno for f in tb])
    print(traceback.format_exception_only(type(e), e))
