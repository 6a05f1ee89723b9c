# source: a reprlib Vector with __len__, __getitem__, __add__ returning NotImplemented and __radd__, found by code search
import reprlib
class Vector:

    def __init__(self, lst):
        self._storage = lst

    def __len__(self):
        return len(self._storage)

    def __getitem__(self, i):
        return self._storage[i]

    def __add__(self, other_vector):
        try:
            sumlist = []
            for i, _ in enumerate(other_vector):
                sumlist.append(self._storage[i] + other_vector[i])
            return Vector(sumlist)
        except TypeError:
            return NotImplemented

    def __radd__(self, other_vector):
        return self + other_vector

    def __mul__(self, scalar):
        return Vector([item * scalar for item in self._storage])

    def __repr__(self):
        return "Vector(" + reprlib.repr(self._storage) + ")"


v = Vector([1, 2, 3])
print(v + [10, 20, 30])
print([10, 20, 30] + v)
print((1, 1, 1) + v)
print(v * 2, len(v), v[-1], v[0:2])
print(Vector(list(range(20))))
print(list(v), 2 in v, list(reversed(v)))
try:
    print(v + 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(v + "abc")
except TypeError as e:
    print("TypeError:", e)
print(sum([Vector([1, 1]), Vector([2, 2])], Vector([0, 0])))
print(reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(12))))
