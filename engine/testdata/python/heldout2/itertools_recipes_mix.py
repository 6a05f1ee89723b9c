# source: itertools recipes (pairwise, grouper, roundrobin, unique_everseen, partition) as vendored in utility modules
from itertools import (accumulate, chain, combinations, count, cycle, dropwhile, filterfalse, groupby, islice,
                       pairwise, permutations, product, repeat, starmap, takewhile, tee, zip_longest, compress)
import operator

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)

def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(pairwise("abcd")), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print(list(islice(count(10, 2.5), 4)), list(islice(cycle("ab"), 5)), list(repeat("z", 3)))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(takewhile(lambda x: x < 5, [1, 4, 6, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 1])))
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))], list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(len(list(permutations(range(4), 2))), list(combinations("abcd", 3))[:3], list(product("ab", repeat=2)))
print(list(chain.from_iterable([[1], [2, 3], []])), list(zip_longest([1, 2], "abc")), list(islice("abcdefg", 1, None, 3)))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
