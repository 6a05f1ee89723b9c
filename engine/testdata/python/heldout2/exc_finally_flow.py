# source: resource-cleanup flows (try/except/else/finally in loops, return in finally, re-raise with context) in ETL scripts
def process(items):
    log = []
    for item in items:
        try:
            if item is None:
                continue
            value = 100 // item
        except ZeroDivisionError:
            log.append(f"{item}: div0")
            continue
        except TypeError as e:
            log.append(f"{item!r}: {e}")
            break
        else:
            log.append(f"{item}: {value}")
        finally:
            log.append("cleanup")
    else:
        log.append("loop completed")
    return log

print(process([5, 0, None, 3]))
print(process([4, "x", 2]))

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise RuntimeError("outer")
    except RuntimeError as e:
        return repr(e), repr(e.__context__), e.__cause__

print(swallow(), nested())

def count_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                return out
        finally:
            out.append(i)
    return out
print(count_finally())
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad key") from None
except ValueError as e:
    print(e, e.__cause__, e.__context__, e.__suppress_context__)
e = "still here"
try:
    raise OSError(2, "No such file", "x.txt")
except OSError as e:
    print(e, e.errno, e.strerror, e.filename, type(e).__name__)
print("e" in dir(), "e" in globals())
