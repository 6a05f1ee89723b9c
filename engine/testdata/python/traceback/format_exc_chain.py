import traceback
def inner():
    raise KeyError("missing")
def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError("bad value") from e
try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE") if False else text)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError:
    print(traceback.format_exc())
