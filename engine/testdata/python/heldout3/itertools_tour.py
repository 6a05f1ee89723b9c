# source: imamfarisi19/learn-python code/freecodecamp/intermediate-tutorial/07-itertools/itertools.py (product, permutations, combinations, accumulate, groupby, count, repeat)
from itertools import product
a = [1, 2]
b = [3, 4]
prod = product(a, b)
print(list(prod))
a = [1, 2]
b = [3]
prod = product(a, b, repeat=2)
print(list(prod))

from itertools import permutations
a = [1, 2, 3]
perm = permutations(a)
print(list(perm))
perm = permutations(a, 2)
print(list(perm))

from itertools import combinations, combinations_with_replacement
a = [1, 2, 3, 4]
comb = combinations(a, 2)
print(list(comb))
comb_wr = combinations_with_replacement(a, 2)
print(list(comb_wr))

from itertools import accumulate
import operator
a = [1, 2, 3, 4]
acc = accumulate(a, func=operator.mul)
print(a)
print(list(acc))
a = [1, 2, 5, 3, 4]
acc = accumulate(a, func=max)
print(list(acc))
print(list(accumulate([1, 2, 3], initial=100)))

from itertools import groupby
def smaller_than_3(x):
    return x < 3
a = [1, 2, 3, 4]
for key, value in groupby(a, key=lambda x: x < 3):
    print(key, list(value))
persons = [{'name': 'Tim', 'age': 25}, {'name': 'Dan', 'age': 25},
           {'name': 'Lisa', 'age': 27}, {'name': 'Claire', 'age': 28}]
for key, value in groupby(persons, key=lambda x: x['age']):
    print(key, list(value))

from itertools import count, cycle, repeat
for i in count(10):
    print(i, end=" ")
    if i == 15:
        break
print()
for i in repeat(1, 4):
    print(i, end=" ")
print()
c = cycle("ab")
print([next(c) for _ in range(5)], list(repeat("x", 0)))
print(list(count(2.5, 0.5))[:0] if False else [x for _, x in zip(range(3), count(2.5, 0.5))])
