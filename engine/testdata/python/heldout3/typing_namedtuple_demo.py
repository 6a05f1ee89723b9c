# source: Nishijujuba/fluent-python-example-code-2e 05-data-classes/meaning/demo_nt.py (typing.NamedTuple with a default and a plain class attribute)
import typing

class DemoNTClass(typing.NamedTuple):
    a: int
    b: float = 1.1
    c = 'spam'


nt = DemoNTClass(8)
print(nt.a)
print(nt)
print(DemoNTClass.__annotations__)
print(DemoNTClass.a, DemoNTClass.b)
print(DemoNTClass.c, nt.c)
print(DemoNTClass._fields, DemoNTClass._field_defaults)
print(DemoNTClass.__doc__)

class Employee(typing.NamedTuple):
    """Represents an employee."""
    name: str
    id: int = 3
    def __repr__(self) -> str:
        return f'<Employee {self.name}, id={self.id}>'

e = Employee("Guido")
print(e, e._asdict(), e._replace(id=7), Employee.__doc__)
print(isinstance(e, tuple), len(e), e + (1,))
Cat2 = typing.NamedTuple("Cat2", [("name", str), ("age", int)])
print(Cat2("tom", 5), Cat2._fields)
try:
    nt.a = 3
except AttributeError as e:
    print("AttributeError:", e)
