try:
    raise ValueError("x")
except ValueError as e:
    print("caught", e)
try:
    print(e)
except NameError as err:
    print("NameError", err)
e = 1
try:
    raise KeyError(2)
except KeyError as e:
    pass
print("e" in dir())
