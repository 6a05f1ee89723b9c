def run(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))
        if e.__context__ is not None:
            print("  context:", repr(e.__context__))

def a():
    try:
        raise ExceptionGroup("grp", [ValueError("a"), TypeError("b"), KeyError("c")])
    except* ValueError as eg:
        print("values", repr(eg))
    except* TypeError as eg:
        print("types", repr(eg))
run(a)

def b():
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("caught naked", repr(eg), repr(eg.exceptions[0]))
run(b)

def c():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("no")
run(c)

def d():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run(d)

def e():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run(e)

def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
run(f)

def g():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise
run(g)

def h():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("k")
run(h)

def i():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* (ValueError, TypeError) as eg:
        print("tuple", repr(eg))
    else:
        print("else")
    finally:
        print("finally")
run(i)

def j():
    try:
        print("no raise")
    except* ValueError:
        print("no")
    else:
        print("else ran")
run(j)

def k():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(k)

def l():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as eg:
        print("v", repr(eg))
    except* Exception as eg:
        print("rest", repr(eg))
run(l)

def m():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
    except* Exception as eg:
        print("exc", repr(eg))
run(m)

def n():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise RuntimeError("x") from eg
run(n)
def o():
    for i in range(2):
        try:
            raise ValueError(i)
        except* ValueError as eg:
            print(i, eg)
    print(eg if "eg" in dir() else "unbound")
run(o)
