# source: a CircuitPython test of exception chaining (print_exc_info of type, args, __context__, __suppress_context__ and __cause__), found by code search
def print_exc_info(e):
    print("exception", type(e), e.args)
    print("context", type(e.__context__), e.__suppress_context__)
    print("cause", type(e.__cause__))

try:
    try:
        1/0
    except Exception as inner:
        raise RuntimeError() from inner
except Exception as e:
    print_exc_info(e)
print()

try:
    try:
        1/0
    except Exception as inner:
        raise RuntimeError() from OSError()
except Exception as e:
    print_exc_info(e)
print()

try:
    try:
        1/0
    except Exception as inner:
        raise RuntimeError("implicit", 2)
except Exception as e:
    print_exc_info(e)
print()

try:
    try:
        1/0
    except Exception as inner:
        raise RuntimeError() from None
except Exception as e:
    print_exc_info(e)
print()

try:
    raise ValueError from KeyError
except Exception as e:
    print_exc_info(e)
    print(repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
