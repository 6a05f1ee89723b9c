# A StopIteration leaving a generator becomes the caller's RuntimeError, caused by it; tracebacks
# through generators name the caller's line (a for loop's, a yield from's, next()'s).
import traceback

def leaky():
    yield 1
    raise StopIteration("inside")

try:
    list(leaky())
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__, e.__cause__ is e.__context__)
    print(traceback.format_exc())

def g():
    yield 1
    1 / 0

x = g()
next(x)
try:
    next(x)
except ZeroDivisionError:
    print(traceback.format_exc())

def h():
    yield from g()

try:
    for v in h():
        print("got", v)
except ZeroDivisionError:
    print(traceback.format_exc())

def wrapper():
    for item in g():
        yield item * 10

try:
    print([w for w in wrapper()])
except ZeroDivisionError as e:
    tb = traceback.format_exc().splitlines()
    print(len(tb), tb[-1], [l.strip() for l in tb if l.startswith("    ")])

def stop_in_next():
    it = iter([])
    yield next(it)

try:
    print(list(stop_in_next()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
print(list(leaky()))
