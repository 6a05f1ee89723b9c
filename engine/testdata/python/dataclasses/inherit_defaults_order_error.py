from dataclasses import dataclass
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
    a: int = 10
print(Child(), Child(1, 2, 3), Base(5))
try:
    @dataclass
    class Bad(Base):
        d: int
except TypeError as e:
    print("TypeError", e)
