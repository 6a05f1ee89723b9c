from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True)
class Key:
    a: int
    b: str = "x"
k = Key(1)
d = {k: "one", Key(2, "y"): "two"}
print(d[Key(1)], len({Key(1), Key(1), Key(2)}))
try:
    del k.a
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    k.c = 5
except AttributeError as e:
    print("AttributeError", e)
@dataclass
class Plain:
    a: int
try:
    hash(Plain(1))
except TypeError as e:
    print("TypeError", e)
print(Plain.__hash__)
@dataclass(unsafe_hash=True)
class Loose:
    a: int
    b: list
print(hash(Loose(1, [])) == hash((1, [])) if False else hash(Loose(1, None)) == hash((1, None)))
@dataclass(eq=False)
class Ident:
    a: int
print(Ident(1) == Ident(1), hash(Ident(1)) is not None)
try:
    @dataclass(frozen=True)
    class Child(Plain):
        b: int = 0
except TypeError as e:
    print("TypeError", e)
