x = 5
try:
    x()
except TypeError as e:
    print("TypeError", e)
try:
    "abc"()
except TypeError as e:
    print("TypeError", e)
None()
