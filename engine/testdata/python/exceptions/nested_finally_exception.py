def f():
    try:
        raise ValueError("first")
    finally:
        print("cleanup runs")
try:
    f()
except ValueError as e:
    print("got", e)
try:
    try:
        raise TypeError("a")
    finally:
        raise KeyError("b")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
