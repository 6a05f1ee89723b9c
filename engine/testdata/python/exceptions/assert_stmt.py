x = 5
assert x == 5, "ok"
try:
    assert x > 10, f"x too small: {x}"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print(repr(e))
assert x < 0
