# source: paulross/skiplist tests/unit/SkipList_common.py (TotalOrdered and Person with total_ordering returning NotImplemented)
import functools

@functools.total_ordering
class TotalOrdered:
    """A class that has Python total ordering on a Python object."""
    def __init__(self, value):
        self._value = value

    @property
    def value(self):
        return self._value

    def __eq__(self, other):
        if not hasattr(other, '_value') or callable(getattr(other, '_value')):
            return NotImplemented
        return self._value == other._value

    def __lt__(self, other):
        if not hasattr(other, '_value') or callable(getattr(other, '_value')):
            return NotImplemented
        return self._value < other._value

@functools.total_ordering
class Person:
    """Simple example of ordering."""
    def __init__(self, first_name, last_name):
        self.first_name = first_name
        self.last_name = last_name

    def __eq__(self, other):
        try:
            return self.last_name == other.last_name \
                and self.first_name == other.first_name
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        try:
            return self.last_name < other.last_name \
                or self.first_name < other.first_name
        except AttributeError:
            return NotImplemented

    def __str__(self):
        return '{}, {}'.format(self.last_name, self.first_name)


a, b = TotalOrdered(1), TotalOrdered(2)
print(a < b, a <= b, a > b, a >= b, a == TotalOrdered(1), a != b)
print(sorted([TotalOrdered(3), a, b], reverse=True)[0].value)
print(a == 1, a != "x")
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
people = [Person("Zed", "Adams"), Person("Ann", "Brown"), Person("Bob", "Adams")]
print([str(p) for p in sorted(people)])
print(max(people).first_name, Person("A", "B") >= Person("A", "B"))
print(Person("x", "y") == 3)
try:
    Person("x", "y") <= 3
except TypeError as e:
    print("TypeError:", e)
