import functools
class C:
    @functools.cached_property
    def v(self):
        print("computing v")
        return 5
c = C()
print(c.v, c.v)
@functools.singledispatch
def show(x):
    return "obj"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show([1]), show("s"))
