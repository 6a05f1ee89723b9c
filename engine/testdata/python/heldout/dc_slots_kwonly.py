from dataclasses import dataclass, field, KW_ONLY

@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

p = Point(1)
print(p, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080

print(Config(port=1))
try:
    Config("h")
except TypeError as e:
    print("TypeError", e)

@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    timeout: float = 1.5

print(Job("a", retries=1))
print(Job("b"))
