from dataclasses import dataclass, field, asdict
import json

@dataclass
class Address:
    street: str
    city: str
    zip: str = "00000"

@dataclass
class Person:
    name: str
    age: int
    address: Address
    emails: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)

p = Person("Zoë", 33, Address("1 Main St", "Springfield"), ["z@x.io"], {"k": (1, 2)})
print(p)
print(repr(p.address))
d = asdict(p)
print(d)
print(json.dumps(d, indent=2, ensure_ascii=False))
print(json.dumps(d))
people = [p, Person("Al", 20, Address("2 Side", "Shelby", "12345"))]
print(people)
print({"people": people})
print(f"{p.address!s:>10}"[:10] if False else f"{p.name!r:>8}|{p.age:<4}|")
