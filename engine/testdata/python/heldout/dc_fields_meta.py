from dataclasses import dataclass, field, fields, MISSING, make_dataclass

@dataclass
class Column:
    name: str = field(metadata={"doc": "column name"})
    type_: str = field(default="TEXT", metadata={"doc": "sql type"})
    nullable: bool = True

for f in fields(Column):
    print(f.name, f.type.__name__ if isinstance(f.type, type) else f.type, f.default is MISSING, dict(f.metadata))
print(Column("id", "INTEGER", False))
Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))])
print(Point(1), Point(2, 3) == Point(2, 3))
print(repr(MISSING)[:20])
