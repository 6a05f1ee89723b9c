from itertools import groupby, chain, islice, product, accumulate, count, cycle, repeat, starmap, zip_longest, tee, takewhile, dropwhile, compress, pairwise, combinations, permutations, combinations_with_replacement, filterfalse
import operator
orders = [("ann", 10), ("ann", 5), ("bob", 7), ("ann", 1), ("bob", 2), ("bob", 3)]
for k, g in groupby(orders, key=lambda o: o[0]):
    print(k, list(g))
for k, g in groupby(sorted(orders), key=lambda o: o[0]):
    print(k, sum(x for _, x in g))
print([k for k, _ in groupby("aaabbcaa")], [(k, len(list(g))) for k, g in groupby("aaabbcaa")])
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(count(10, 5), 3)), list(islice("abcdefg", 2, None, 2)), list(islice(cycle("ab"), 5)))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print(list(repeat("x", 3)), list(starmap(pow, [(2, 3), (3, 2)])), list(zip_longest("ab", [1], fillvalue="-")))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(compress("abcd", [1, 0, 1, 0])), list(pairwise("abcd")), list(filterfalse(None, [0, 1, "", "a"])))
print(list(combinations("abc", 2)), len(list(permutations(range(4), 2))), list(combinations_with_replacement("ab", 2)))
print(type(islice(count(), 2)).__name__, type(chain()).__name__)
