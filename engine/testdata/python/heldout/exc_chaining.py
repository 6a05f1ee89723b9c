class ConfigError(Exception):
    pass
def parse(v):
    try:
        return int(v)
    except ValueError as e:
        raise ConfigError(f"bad port {v!r}") from e
try:
    parse("eighty")
except ConfigError as e:
    print(e, "|", repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError as e:
    print(e, repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
