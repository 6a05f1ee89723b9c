class AppError(Exception):
    """base"""

class NotFound(AppError):
    def __init__(self, key):
        self.key = key
        super().__init__(f"key {key!r} not found")

class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k)

try:
    lookup({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.key, repr(e))
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    raise Invalid(1, "two", 3.0)
except AppError as e:
    print(e, e.args, repr(e))

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
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
e = Exception("a", "b")
print(str(e), repr(e), str(Exception()), repr(Exception("x")), str(KeyError("k")), str(KeyError()))
print(repr(ValueError()), str(OSError(2, "No such file")), ArithmeticError.__mro__)
raise Invalid("final", 1)
