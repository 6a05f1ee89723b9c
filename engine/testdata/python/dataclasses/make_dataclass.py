from dataclasses import make_dataclass, field, fields, asdict, is_dataclass, MISSING
P = make_dataclass("P", ["a", ("b", int), ("c", list, field(default_factory=list))])
p = P(1, 2)
print(p, P.__annotations__, [f.name for f in fields(P)], asdict(p), is_dataclass(P), P.__name__, P.__qualname__)
F = make_dataclass("F", [("x", int, 0)], frozen=True, order=True)
print(F(), F(1) < F(2), hash(F(1)) == hash(F(1)))
try:
    F().x = 3
except Exception as e:
    print(type(e).__name__, e)
class Base:
    def hello(self):
        return "hi " + str(self.x)
G = make_dataclass("G", [("x", int)], bases=(Base,), namespace={"double": lambda self: self.x * 2})
g = G(4)
print(g.hello(), g.double(), isinstance(g, Base), G.__mro__[1].__name__)
for bad in [[("x",)], [("x", int, 1, 2)], [(1, int)], [("class", int)], [("x", int), ("x", str)], ["not valid"]]:
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError:", e)
print(repr(MISSING).startswith("<dataclasses._MISSING_TYPE object at 0x"), hex(id(MISSING)) in repr(MISSING))
S = make_dataclass("S", [("a", int)], slots=True)
print(S(1), S.__slots__, hasattr(S(1), "__dict__"))
