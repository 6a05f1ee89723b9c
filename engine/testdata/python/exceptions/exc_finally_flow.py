def f1():
    try:
        return 1
    finally:
        return 2
def f2():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
def f3():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
def f4():
    r = []
    try:
        r.append("try")
        raise KeyError
    except KeyError:
        r.append("except")
        return r
    else:
        r.append("else")
    finally:
        r.append("finally")
print(f1(), f2(), f3(), f4())
def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer got", e)
nested()
def reraise():
    try:
        raise ValueError("orig")
    except ValueError as e:
        err = e
    print(type(err).__name__, "err survives:", err)
reraise()
try:
    raise ValueError("a")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
class Resource:
    def __init__(self, n): self.n = n
    def __enter__(self): print("open", self.n); return self
    def __exit__(self, *a): print("close", self.n, a[0].__name__ if a[0] else None)
try:
    with Resource(1), Resource(2):
        raise RuntimeError("in with")
except RuntimeError as e:
    print("handled", e)
try:
    try:
        1 / 0
    finally:
        print("cleanup before propagate")
except ZeroDivisionError as e:
    print("got", e)
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
for v in gen():
    print(v)
    break
print("after break")
