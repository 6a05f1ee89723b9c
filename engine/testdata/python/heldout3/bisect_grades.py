# source: https://docs.python.org/3/library/bisect.html (the grade() example with breakpoints and bisect, and searching sorted lists)
from bisect import bisect, bisect_left, insort

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    i = bisect(breakpoints, score)
    return grades[i]

print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

def index(a, x):
    'Locate the leftmost value exactly equal to x'
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError

a = [1, 2, 4, 4, 8]
print(index(a, 4), bisect_left(a, 4), bisect(a, 4), bisect(a, 0), bisect(a, 100))
try:
    index(a, 5)
except ValueError as e:
    print("ValueError", repr(e))
insort(a, 3)
insort(a, 4)
print(a)
data = [('red', 5), ('blue', 1), ('yellow', 8), ('black', 0)]
data.sort(key=lambda r: r[1])
keys = [r[1] for r in data]
print(data[bisect_left(keys, 1)], data[bisect_left(keys, 5)])
print(bisect_left(data, 5, key=lambda r: r[1]))
