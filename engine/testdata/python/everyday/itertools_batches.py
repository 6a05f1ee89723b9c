from itertools import groupby, islice, chain, count, accumulate, product, permutations, combinations, zip_longest, starmap, takewhile, dropwhile, cycle, repeat, tee, compress, pairwise, filterfalse
from operator import itemgetter, mul

rows = [("ann", "eng"), ("bob", "eng"), ("cid", "ops"), ("dee", "eng")]
for dept, grp in groupby(sorted(rows, key=itemgetter(1)), key=itemgetter(1)):
    print(dept, [n for n, _ in grp])
print([list(g) for k, g in groupby("aaabccaa")])


def batched(it, n):
    it = iter(it)
    while batch := list(islice(it, n)):
        yield batch


print(list(batched(range(7), 3)))
print(list(chain([1], (2, 3), "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(zip(count(1), "abc")), list(islice(count(0, 0.5), 4)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], mul)), list(accumulate([3, 1, 2], max, initial=0)))
print(list(product("ab", repeat=2)), len(list(permutations(range(4), 2))), list(combinations("abcd", 3)))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(islice(cycle("xy"), 5)), list(repeat(0, 3)), list(compress("abcd", [1, 0, 1, 0])))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(pairwise("abcd")), list(filterfalse(None, [0, 1, "", "a"])))
print(list(islice(range(100), 10, 20, 3)))
