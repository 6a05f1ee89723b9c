# expect: refusal locals() in a function with closures or nested scopes
def h():
    n = 1
    def inner():
        return n
    return locals()
h()
