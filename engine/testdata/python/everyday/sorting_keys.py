from operator import attrgetter, itemgetter


class Employee:
    def __init__(self, name, dept, salary, age):
        self.name, self.dept, self.salary, self.age = name, dept, salary, age

    def __repr__(self):
        return f"Employee({self.name!r}, {self.dept!r}, {self.salary})"


staff = [
    Employee("Zoe", "eng", 120_000, 31),
    Employee("adam", "ops", 90_000, 45),
    Employee("Bea", "eng", 120_000, 28),
    Employee("carl", "ops", 70_000, 39),
]
print(sorted(staff, key=attrgetter("dept", "salary")))
print(sorted(staff, key=lambda e: (-e.salary, e.name)))
print(sorted(staff, key=lambda e: e.name.lower(), reverse=True))
print(sorted((e.name for e in staff), key=str.casefold))
rows = [("b", 2, 3.5), ("a", 2, 1.0), ("c", 1, 9.9)]
print(sorted(rows, key=itemgetter(1, 0)))
print(max(staff, key=attrgetter("age")).name, min(rows, key=itemgetter(2)))
rows.sort(key=lambda r: r[2], reverse=True)
print(rows)
print(sorted([3, 1, 2], reverse=True), sorted("banana"), sorted({"x": 1, "a": 2}))
print(sorted([1, -2, 3, -4], key=abs), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
