import sys
import traceback
def boom(n):
    raise ValueError(n)
def collect(k):
    errs = []
    for i in range(k):
        try:
            boom(i)
        except ValueError as e:
            errs.append(e)
    return errs
try:
    raise ExceptionGroup("outer", [TypeError("t"), ExceptionGroup("inner", collect(2)), KeyError("k")])
except ExceptionGroup as eg:
    print("".join(traceback.format_exception(eg)))
    print(traceback.format_exception_only(eg))
    print(len(traceback.format_exception(eg)))
big = ExceptionGroup("big", collect(17))
print("".join(traceback.format_exception(big)))
eg = ExceptionGroup("noted", [ValueError("x")])
eg.add_note("a note\nover two lines")
eg.exceptions[0].add_note("leaf note")
print("".join(traceback.format_exception(eg)))
try:
    try:
        raise KeyError("first")
    except KeyError as k:
        raise ExceptionGroup("chained", [RuntimeError("r")]) from k
except ExceptionGroup as e:
    traceback.print_exc(file=sys.stdout)

    sys.stderr.flush()
def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"d{n}", [deep(n - 1)])
print("".join(traceback.format_exception(deep(12))))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print(traceback.format_exc())
class E(Exception):
    pass
try:
    raise BaseExceptionGroup("mixed", [E("e"), SystemExit(3)])
except BaseExceptionGroup as e:
    print(traceback.format_exc())
