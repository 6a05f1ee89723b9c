def f():
    try:
        raise ValueError("inner")
    except ValueError:
        print("logging")
        raise
try:
    f()
except ValueError as e:
    print("outer got", e)
raise
