from dataclasses import dataclass, field, fields, is_dataclass, MISSING
@dataclass
class Col:
    name: str
    width: int = field(default=10, metadata={"unit": "px"})
    tags: list = field(default_factory=list, repr=False)
for f in fields(Col):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only, dict(f.metadata))
print(is_dataclass(Col), is_dataclass(Col("a")), is_dataclass(3), is_dataclass(int))
print(Col.__dataclass_fields__["width"].metadata["unit"])
try:
    fields(3)
except TypeError as e:
    print("TypeError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
print(Col.width, hasattr(Col, "tags"))
