# source: a "python3 example.py" itertools tour found by code search (chain, islice, takewhile, dropwhile, zip_longest, pairwise, starmap, compress, tee, filterfalse)
import itertools
import operator

print(list(itertools.chain([1, 2], "ab", (3,))))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.islice(range(100), 5, 20, 4)))
print(list(itertools.islice("abcdef", 3)))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(itertools.pairwise("ABCDE")))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.accumulate([100, 40, 20], func=lambda x, y: x / y)))
arr = [(i, i // 2) for i in range(5)]
print(list(itertools.starmap(operator.sub, arr)))

def chunked(iterable, n):
    it = iter(iterable)
    while batch := tuple(itertools.islice(it, n)):
        yield batch

print(list(chunked(range(10), 3)))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(5), 3))))
try:
    itertools.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
