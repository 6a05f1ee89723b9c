from dataclasses import dataclass
@dataclass
class Base:
    id: int
@dataclass
class User(Base):
    name: str = "anon"
    def greet(self):
        return f"hi {self.name}"
u = User(1)
print(u, u.greet(), User(2, "bo"))
print(User.__dataclass_fields__.keys())
