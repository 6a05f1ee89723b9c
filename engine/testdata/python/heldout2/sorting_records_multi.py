# source: sort employees/students by several keys (itemgetter, reverse on one key via negation, stable multi-pass sorts)
from operator import itemgetter, attrgetter
from collections import namedtuple

Emp = namedtuple("Emp", "name dept salary age")
staff = [Emp("ann", "eng", 120, 31), Emp("bob", "ops", 90, 45), Emp("cid", "eng", 120, 28),
         Emp("dee", "ops", 95, 45), Emp("eve", "eng", 150, 39), Emp("fay", "hr", 70, 52), Emp("Gus", "hr", 70, 23)]
print([e.name for e in sorted(staff, key=attrgetter("dept", "name"))])
print([e.name for e in sorted(staff, key=lambda e: (e.dept, -e.salary, e.age))])
s = sorted(staff, key=attrgetter("age"))
s = sorted(s, key=attrgetter("salary"), reverse=True)
print([(e.name, e.salary, e.age) for e in s])
print(sorted(staff, key=itemgetter(2))[0], min(staff, key=itemgetter(3)).name, max(staff, key=lambda e: (e.salary, e.name)).name)
print(sorted(["b", "A", "c", "B", "a"]), sorted(["b", "A", "c", "B", "a"], key=str.lower), sorted(["b", "A", "c", "B", "a"], key=str.casefold, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({"x": 1, "a": 2}), sorted([(1, "b"), (1, "a"), (0, "z")]))
rank = {name: i for i, name in enumerate(sorted(staff, key=lambda e: -e.salary), 1)}
print({e.name: r for e, r in rank.items()})
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([None, 2, 1], key=lambda x: (x is None, x or 0)), sorted([0.1, -0.0, 0.0, -1e-9]))
nums = [5, 3, 8]
nums.sort(key=lambda n: n % 3)
print(nums, sorted(range(10), key=lambda n: (n % 2, -n)))
