# dataclasses' generated __init__ carries the fields' types as annotations (and -> None);
# InitVar's repr names a class by __name__ alone.
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar, List, Optional
import datetime

@dataclass
class A:
    x: int
    y: InitVar[str] = "a"
    c: ClassVar[int] = 3
    _: KW_ONLY
    z: list = field(default_factory=list)
    w: float = field(default=1.0, init=False)
    when: Optional[datetime.date] = None

    def __post_init__(self, y):
        pass

print(A.__init__.__annotations__)
print(A.__repr__.__annotations__, A.__eq__.__annotations__)
print(InitVar[int], InitVar[List[int]], InitVar[list[int]], InitVar[datetime.date], InitVar["x"], InitVar[A])

@dataclass(init=False)
class B:
    b: int

@dataclass
class C(A):
    extra: str = "e"
print(list(C.__init__.__annotations__))
