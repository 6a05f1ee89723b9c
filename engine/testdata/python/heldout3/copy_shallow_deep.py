# source: shallow vs deep copy tutorials (list slicing, copy.copy, copy.deepcopy on nested lists and a class with __deepcopy__ absent)
import copy

original = [[1, 2], [3, 4], {"k": [5]}]
alias = original
shallow = copy.copy(original)
sliced = original[:]
deep = copy.deepcopy(original)
original[0].append(99)
original[2]["k"].append(6)
original.append("new")
print(alias)
print(shallow)
print(sliced)
print(deep)
print(shallow[0] is original[0], deep[0] is original[0], shallow is original)

class Config:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags
    def __repr__(self):
        return f"Config({self.name!r}, {self.tags!r})"

a = Config("a", ["x"])
b = copy.copy(a)
c = copy.deepcopy(a)
a.tags.append("y")
b.name = "b"
print(a, b, c)
cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d, d[1] is d, cyc)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
