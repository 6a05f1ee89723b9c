def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted") from None
try:
    f()
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}["x"]
    except KeyError as k:
        raise RuntimeError("wrap") from k
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise OSError("second") if False else LookupError("second")
except LookupError as e:
    print(repr(e.__context__), e.__cause__)
