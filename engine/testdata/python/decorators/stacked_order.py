def tag(name):
    def deco(f):
        print("decorating", f.__name__, "with", name)
        def w():
            return name + "(" + f() + ")"
        w.__name__ = f.__name__
        return w
    return deco
@tag("a")
@tag("b")
def core():
    return "core"
print(core())
