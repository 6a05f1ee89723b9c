def g():
    yield "a"
    raise KeyError(3)
for arg in [g(), 5, None, iter(["x", 1])]:
    for sep in ["-", b"-"]:
        try:
            print(sep.join(arg))
        except Exception as e:
            print(type(e).__name__, e)
class NoIter:
    pass
class BadIter:
    def __iter__(self):
        raise ValueError("inside __iter__")
for arg in [NoIter(), BadIter()]:
    try:
        print(",".join(arg))
    except Exception as e:
        print(type(e).__name__, e)
