from contextlib import contextmanager
@contextmanager
def handler():
    try:
        yield
    except ValueError as e:
        print("handled", e)
with handler():
    raise ValueError("inside")
print("continues")
@contextmanager
def bad():
    yield
    yield
with bad():
    pass
