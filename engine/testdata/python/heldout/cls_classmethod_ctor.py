from datetime import date
class Person:
    count = 0
    def __init__(self, name, born):
        self.name, self.born = name, born
        Person.count += 1
    @classmethod
    def from_string(cls, s):
        name, y = s.split("-")
        return cls(name, int(y))
    @classmethod
    def from_dict(cls, d):
        return cls(**d)
    @staticmethod
    def is_adult(age):
        return age >= 18
    def age(self, today=date(2024, 1, 1)):
        return today.year - self.born
    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name} {self.born}>"
class Student(Person):
    pass
print(Person.from_string("ann-1990"), Student.from_string("bob-2010"), Student.from_dict({"name": "c", "born": 2000}))
print(Person.is_adult(20), Student.from_string("x-2008").age(), Person.count)
p = Person("z", 1)
print(p.from_string("q-5"), p.is_adult(3), type(Person.__dict__["from_string"]).__name__, type(Person.__dict__["is_adult"]).__name__)
print(Person.from_string.__self__ is Person, Person.age.__name__, p.age.__self__ is p)
