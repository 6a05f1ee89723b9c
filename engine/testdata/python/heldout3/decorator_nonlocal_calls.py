# source: yeputons/spring-2019-paradigms 190220/code/04-decorator/03-logging-better.py (nonlocal call counter inside a wraps decorator)
import functools


def my_decorator(func):
    calls = 0

    @functools.wraps(func)
    def wrapper():
        nonlocal calls
        calls += 1
        print('called! {}'.format(calls))
        func()
        print('finished!')
    return wrapper


@my_decorator
def foo():
    """Says foo."""
    print('foo!')


foo()
foo()
foo()
print(foo.__name__)
print(foo.__doc__)
print(foo.__closure__ is not None, len(foo.__closure__))

def undecorated(func):
    def inner(*args, **kwargs):
        """Wrapping function."""
        return func(*args, **kwargs)
    return inner

@undecorated
def myfunc():
    """Do stuff."""

print(myfunc.__name__, myfunc.__doc__, myfunc.__qualname__)
try:
    foo(1)
except TypeError as e:
    print("TypeError:", e)
