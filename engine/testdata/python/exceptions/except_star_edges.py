import sys
eg = ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
eg.add_note("n")
try:
    try:
        raise eg
    except* ValueError as m:
        print(sys.exc_info()[0].__name__, m.__notes__, m is not eg)
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    print(repr(e), e.__notes__, e is eg)
try:
    try:
        raise eg
    except* (ValueError, TypeError, OSError):
        raise
except ExceptionGroup as e:
    print(repr(e), e is eg)
try:
    try:
        raise eg
    except* ValueError as m:
        raise m.exceptions[0]
except BaseException as e:
    print(type(e).__name__, repr(e))
try:
    try:
        raise eg
    except* 42:
        pass
except TypeError as e:
    print(e)
def checks():
    try:
        raise ValueError(5)
    except* ValueError:
        print("first")
    except* ValueError:
        print("never")
    except* TypeError:
        print("never")
    print("after")
checks()
class Sub(ExceptionGroup):
    pass
s = Sub("s", [ValueError(1), KeyError(2)])
print(repr(s.split(ValueError)), type(s.subgroup(KeyError)).__name__)
try:
    Sub("s", [SystemExit()])
except TypeError as e:
    print(e)
class BSub(BaseExceptionGroup):
    pass
print(repr(BSub("b", [ValueError()])), type(BSub("b", [ValueError()])).__name__)
print(eg.exceptions[2].errno if hasattr(eg.exceptions[2], "errno") else None)
print(ExceptionGroup("x", [ValueError()]).__notes__ if hasattr(ExceptionGroup("x", [ValueError()]), "__notes__") else "no notes")
for i in range(2):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError as e:
        for x in e.exceptions:
            if x.args[0] == 0:
                continue
            print("got", x)
print(repr(ExceptionGroup("m", "ab")) if False else "skip")
try:
    ExceptionGroup("m", "ab")
except ValueError as e:
    print(e)
try:
    ExceptionGroup("m", [ValueError()], kw=1)
except TypeError as e:
    print(e)
try:
    eg.derive()
except TypeError as e:
    print(e)
print(eg.subgroup(lambda e: True) is eg, eg.split(lambda e: False)[0])
