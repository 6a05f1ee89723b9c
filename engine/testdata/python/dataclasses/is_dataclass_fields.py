from dataclasses import dataclass, is_dataclass, fields, field, MISSING
import dataclasses
@dataclass
class T:
    a: int
    b: str = "x"
    c: list = field(default_factory=list)
print(is_dataclass(T), is_dataclass(T(1)), is_dataclass(1), is_dataclass(int))
for f in fields(T):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING)
print(T.__annotations__, T.__match_args__ if hasattr(T, "__match_args__") else None)
print(repr(T.__init__.__name__), T.__eq__(T(1), T(1)), T(1).__eq__(5))
