from dataclasses import dataclass, field
@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(compare=False)
    c: list = field(default_factory=list, hash=False, compare=False)
k1, k2 = Key(1, "x"), Key(1, "y")
print(k1 == k2, hash(k1) == hash(k2), len({k1, k2}), k1)
@dataclass
class Plain:
    a: int
print(Plain.__hash__, Plain(1) == Plain(1))
try:
    {Plain(1)}
except TypeError as e:
    print("TypeError:", e)
@dataclass(frozen=True)
class Frozen:
    a: int
    tags: tuple = ()
print(hash(Frozen(1)) == hash(Frozen(1)), {Frozen(1, ("x",)): 1})
@dataclass(eq=False)
class Ident:
    a: int
print(Ident(1) == Ident(1), hash(Ident(1)) is not None)
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
