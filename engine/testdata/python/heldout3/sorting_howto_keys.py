# source: https://docs.python.org/3/howto/sorting.html (Sorting HOW TO: student tuples and objects, itemgetter/attrgetter, stability, multiple passes, reverse)
from operator import itemgetter, attrgetter

student_tuples = [
    ('john', 'A', 15),
    ('jane', 'B', 12),
    ('dave', 'B', 10),
]
print(sorted(student_tuples, key=lambda student: student[2]))

class Student:
    def __init__(self, name, grade, age):
        self.name = name
        self.grade = grade
        self.age = age
    def __repr__(self):
        return repr((self.name, self.grade, self.age))

student_objects = [
    Student('john', 'A', 15),
    Student('jane', 'B', 12),
    Student('dave', 'B', 10),
]
print(sorted(student_objects, key=lambda student: student.age))
print(sorted(student_tuples, key=itemgetter(2)))
print(sorted(student_objects, key=attrgetter('age')))
print(sorted(student_tuples, key=itemgetter(1, 2)))
print(sorted(student_objects, key=attrgetter('grade', 'age')))
print(sorted(student_tuples, key=itemgetter(2), reverse=True))
data = [('red', 1), ('blue', 1), ('red', 2), ('blue', 2)]
print(sorted(data, key=itemgetter(0)))
s = sorted(student_objects, key=attrgetter('age'))
print(sorted(s, key=attrgetter('grade'), reverse=True))
def multisort(xs, specs):
    for key, reverse in reversed(specs):
        xs.sort(key=attrgetter(key), reverse=reverse)
    return xs
print(multisort(list(student_objects), (('grade', True), ('age', False))))
print(sorted("This is a test string from Andrew".split(), key=str.casefold))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({"b": 1, "a": 2}))
print(sorted([1.5, 1, True, 0.5]), sorted([[2, 1], [1, 9], [1, 2, 0]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
