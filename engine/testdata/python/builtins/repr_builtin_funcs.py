print(repr(len), repr(print))
print(len.__name__, print.__name__, str.upper.__name__ if hasattr(str.upper, "__name__") else "")
print(repr(None), repr(True), repr(...), repr(NotImplemented))
