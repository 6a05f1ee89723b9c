# expect: refusal the __dict__ of dataclass Point
from dataclasses import dataclass
@dataclass
class Point:
    x: int = 0
print(list(Point.__dict__))
