# source: shilpavijay/Improve-Python-Coding NamedTuples.py (namedtuple 'person', unpacking, indices, tuple(), _asdict, json.dumps, _replace)
from collections import namedtuple
import json

Emp = namedtuple('person', ['name', 'age'])
emp1 = Emp('bob', 23)
print(Emp)
print(emp1)
print(emp1.name, emp1.age)
emp2 = Emp('Alice', 12)
emp3 = Emp('John', 44)
emp4 = Emp('Mary', 24)
nm, age = emp2
print(nm, age)
print(*emp3)
print(emp4[0], emp4[1])
print(tuple(emp4))
print(emp4._asdict())
print(json.dumps(emp4._asdict()))
emp4copy = emp4._replace(name='Jamie')
print(*emp4copy)
print(Emp._fields, Emp._make(['Zed', 99]), emp1 == ('bob', 23), emp1 < emp2)
try:
    emp1.age = 30
except AttributeError as e:
    print("AttributeError:", e)
try:
    emp1._replace(salary=1)
except ValueError as e:
    print("ValueError:", e)
Point = namedtuple('Point', 'x y', defaults=[0])
print(Point(1), Point._field_defaults, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
