# source: andilabs/python-cookbook src/1/grouping-records-together-based-on-a-field/grouping.py (the returned group shares the iterable: store it as a list)
import itertools
groups = []
for _, g in itertools.groupby([1, 1, 2, 2, 3, 3]):
    groups.append(list(g))
for g in groups:
    print(g)

groups = []
for _, g in itertools.groupby([1, 1, 2, 2, 3, 3]):
    groups.append(g)
for g in groups:
    print(list(g))

data = [(1, 10, 100), (1, 11, 101), (2, 20, 200), (3, 30, 300), (3, 31, 301)]
for key, grouper in itertools.groupby(data, lambda x: x[0]):
    print(key, list(grouper))
data1 = [(2, 21, 201), (3, 30, 300), (1, 10, 100), (3, 31, 301), (1, 11, 101)]
print([(k, [t[1] for t in g]) for k, g in itertools.groupby(data1, lambda x: x[0])])
print([k for k, _ in itertools.groupby("AAAABBBCCDAABBB")])
print([list(g) for k, g in itertools.groupby("AAAABBBCCD")])
