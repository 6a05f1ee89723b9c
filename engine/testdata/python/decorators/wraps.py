import functools
def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print("calling", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    """Adds."""
    return a + b
print(add(1, b=2))
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
