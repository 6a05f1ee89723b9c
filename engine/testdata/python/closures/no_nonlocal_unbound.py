def outer():
    x = 1
    def inner():
        x += 1
        return x
    return inner()
try:
    outer()
except UnboundLocalError as e:
    print("UnboundLocalError", type(e).__mro__[1].__name__)
