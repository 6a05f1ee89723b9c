class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with Bad():
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
